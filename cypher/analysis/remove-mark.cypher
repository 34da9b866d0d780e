// Takes the mark off a finding (it is open again). $findingId
MATCH (m:FindingMark {findingId: $findingId})
DELETE m
