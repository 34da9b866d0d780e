// Full-text search over names; the folding analyzer strips diacritics (and maps đ to d),
// so "so tai nguyen" finds "Sở Tài nguyên và Môi trường".
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:Agency|Function|Mandate) ON EACH [n.name, n.nameEn, n.title, n.number, n.code]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
