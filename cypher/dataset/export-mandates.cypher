MATCH (m:Mandate)
OPTIONAL MATCH (m)-[:REPLACED_BY]->(successor:Mandate)
RETURN m.code AS code, m.kind AS kind, m.number AS number, m.title AS title, m.issuer AS issuer,
       m.issuedOn AS issued_on, m.effectiveFrom AS effective_from, m.repealedOn AS repealed_on,
       successor.code AS replaced_by
ORDER BY code
