// Agencies (as they were on $asOf), functions and mandates whose names match $query.
CALL db.index.fulltext.queryNodes('name_search', $query) YIELD node, score
  WHERE NOT node:AgencyPeriod OR node.validFrom <= $asOf < node.validTo
RETURN CASE WHEN node:AgencyPeriod THEN 'AGENCY' WHEN node:Function THEN 'FUNCTION' ELSE 'MANDATE' END AS type,
       node.code AS code, coalesce(node.name, node.title) AS name, node.nameEn AS nameEn,
       node.number AS number, score
ORDER BY score DESC, code
LIMIT $limit
