// Every planner's mark on a finding.
MATCH (m:FindingMark)
RETURN m.findingId AS findingId, m.status AS status, m.note AS note, m.markedBy AS markedBy, m.markedAt AS markedAt
