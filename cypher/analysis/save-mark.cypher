// Sets the planners' mark on a finding, and gives the marks a new revision token (so that every
// process keeping the marks reads them again). $findingId, $status, $note, $markedBy
MERGE (revision:Revision {code: 'knowledge-base'})
SET revision.marks = randomUUID()
MERGE (m:FindingMark {findingId: $findingId})
SET m.status = $status, m.note = $note, m.markedBy = $markedBy, m.markedAt = datetime()
RETURN m.findingId AS findingId, m.status AS status, m.note AS note, m.markedBy AS markedBy, m.markedAt AS markedAt
