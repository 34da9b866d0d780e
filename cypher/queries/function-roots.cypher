// The top of the function tree (domains), by code.
MATCH (function:Function)
WHERE NOT (function)-[:PART_OF]->(:Function)
RETURN function
ORDER BY function.code
