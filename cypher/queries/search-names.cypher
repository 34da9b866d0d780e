// Full-text search over agency, function and mandate names, diacritics ignored.
// $query: a Lucene query; $limit: hits to return
CALL db.index.fulltext.queryNodes('name_search', $query) YIELD node, score
RETURN CASE WHEN node:Agency THEN 'AGENCY' WHEN node:Function THEN 'FUNCTION' ELSE 'MANDATE' END AS type,
       node.code AS code, coalesce(node.name, node.title) AS name, node.nameEn AS nameEn,
       node.number AS number, score
ORDER BY score DESC, code
LIMIT $limit
