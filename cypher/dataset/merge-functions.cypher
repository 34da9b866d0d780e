// Upserts functions by code. $rows: [{code, name, nameEn, cofog}]
UNWIND $rows AS row
MERGE (f:Function {code: row.code})
SET f.name = row.name, f.nameEn = row.nameEn, f.cofog = row.cofog
