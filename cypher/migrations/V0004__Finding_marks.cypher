// Planners' marks on findings (justified, acknowledged), one per finding id.
CREATE CONSTRAINT finding_mark_id IF NOT EXISTS FOR (n:FindingMark) REQUIRE n.findingId IS UNIQUE;
