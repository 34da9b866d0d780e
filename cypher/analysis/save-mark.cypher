// Sets the planners' mark on a finding. $findingId, $status, $note, $markedBy
MERGE (m:FindingMark {findingId: $findingId})
SET m.status = $status, m.note = $note, m.markedBy = $markedBy, m.markedAt = datetime()
RETURN m.findingId AS findingId, m.status AS status, m.note AS note, m.markedBy AS markedBy, m.markedAt AS markedAt
