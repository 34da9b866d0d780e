// Takes a responsibility away, or only one mandate's grant of it. $code, $mandate (null: all of it)
MATCH (r:Responsibility {code: $code})
OPTIONAL MATCH (r)-[g:GRANTED_BY]->(:Mandate {code: $mandate})
DELETE g
WITH r
WHERE $mandate IS NULL
DETACH DELETE r
