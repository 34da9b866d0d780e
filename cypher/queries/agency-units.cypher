// The admin unit each agency serves. $codes: [agency code]
UNWIND $codes AS code
MATCH (:Agency {code: code})-[:LOCATED_IN]->(unit:AdminUnit)
RETURN code, unit
