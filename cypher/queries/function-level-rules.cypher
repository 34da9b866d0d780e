// The function-level rules of functions that hold on $asOf: in their period, their mandate in force
// (domain.md §8.3, as GAP reads them), with the kinds of unit each addresses (null: every unit of the
// level). $codes: [function code], $asOf: date
UNWIND $codes AS code
MATCH (:Function {code: code})-[rule:LED_AT]->(mandate:Mandate)
  WHERE rule.validFrom <= $asOf < rule.validTo
    AND mandate.effectiveFrom <= $asOf AND (mandate.repealedOn IS NULL OR mandate.repealedOn > $asOf)
RETURN code, rule.level AS level, rule.unitKinds AS unitKinds, mandate
ORDER BY code, CASE rule.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 WHEN 'COMMUNE' THEN 2 ELSE 3 END
