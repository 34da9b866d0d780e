// Functions by code. $codes: [function code]
UNWIND $codes AS code
MATCH (function:Function {code: code})
RETURN code, function
