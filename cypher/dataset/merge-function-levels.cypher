// Adds function-level rules (phân cấp): the function must be led in every unit of the level,
// per the mandate, in the rule's period. $rows: [{functionCode, level, mandateCode, validFrom, validTo}]
UNWIND $rows AS row
MATCH (f:Function {code: row.functionCode})
MATCH (m:Mandate {code: row.mandateCode})
MERGE (f)-[:LED_AT {level: row.level, validFrom: row.validFrom, validTo: row.validTo}]->(m)
