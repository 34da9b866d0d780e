// Upserts admin units by code. $rows: [{code, name, nameEn, level}]
UNWIND $rows AS row
MERGE (u:AdminUnit {code: row.code})
SET u.name = row.name, u.nameEn = row.nameEn, u.level = row.level
