// The mandates granting each responsibility, with the article. $codes: [responsibility code]
UNWIND $codes AS code
MATCH (:Responsibility {code: code})-[grant:GRANTED_BY]->(mandate:Mandate)
RETURN code, grant.article AS article, mandate
ORDER BY code, mandate.effectiveFrom, mandate.code
