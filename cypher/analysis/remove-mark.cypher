// Takes the mark off a finding (it is open again), and gives the marks a new revision token (so that
// every process keeping the marks reads them again). $findingId
MERGE (revision:Revision {code: 'knowledge-base'})
SET revision.marks = randomUUID()
WITH revision
MATCH (m:FindingMark {findingId: $findingId})
DELETE m
