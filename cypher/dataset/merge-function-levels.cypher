// Adds function-level rules (phân cấp): the function must be led in every unit of the level,
// (or, with unitKinds, every unit of those kinds of the level), per the mandate, in the rule's period.
// A rule is one per function, level, mandate and period; its kinds are set on it (null: every unit).
// $rows: [{functionCode, level, unitKinds, mandateCode, validFrom, validTo}]
UNWIND $rows AS row
MATCH (f:Function {code: row.functionCode})
MATCH (m:Mandate {code: row.mandateCode})
MERGE (f)-[rule:LED_AT {level: row.level, validFrom: row.validFrom, validTo: row.validTo}]->(m)
SET rule.unitKinds = row.unitKinds
