// Upserts mandates by code. $rows: [{code, kind, number, title, issuer, issuedOn, effectiveFrom, repealedOn}]
UNWIND $rows AS row
MERGE (m:Mandate {code: row.code})
SET m.kind = row.kind, m.number = row.number, m.title = row.title, m.issuer = row.issuer,
    m.issuedOn = row.issuedOn, m.effectiveFrom = row.effectiveFrom, m.repealedOn = row.repealedOn
