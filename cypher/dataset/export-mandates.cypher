MATCH (m:Mandate)
RETURN m.code AS code, m.kind AS kind, m.number AS number, m.title AS title, m.issuer AS issuer,
       m.issuedOn AS issued_on, m.effectiveFrom AS effective_from, m.repealedOn AS repealed_on
ORDER BY code
