// A unit and every unit below it. $unit: code
MATCH (scope:AdminUnit)-[:PART_OF*0..]->(:AdminUnit {code: $unit})
RETURN scope.code AS code
