// Adds function-level rules (phân cấp): the function must be led in every unit of the level,
// per the mandate. $rows: [{functionCode, level, mandateCode}]
UNWIND $rows AS row
MATCH (f:Function {code: row.functionCode})
MATCH (m:Mandate {code: row.mandateCode})
MERGE (f)-[:LED_AT {level: row.level}]->(m)
