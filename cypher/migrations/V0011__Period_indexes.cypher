// The attributes that change over time moved to period nodes (V0010): the listing's filters
// and the name search follow them, and a period is found by its code. No index on the bounds of
// periods: nearly every period contains any given day, so a range seek on them selects everything,
// and with one the planner may join every responsibility of the country per unit (V0007's lesson,
// seen again: DUPLICATE timed out on a generated set). Every query reaches periods from a code, a
// unit or an agency.
DROP INDEX agency_sector IF EXISTS;
DROP INDEX agency_kind IF EXISTS;
DROP INDEX agency_status IF EXISTS;
CREATE INDEX agency_period_code IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.code);
CREATE INDEX agency_period_sector IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.sector);
CREATE INDEX agency_period_kind IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.kind);
CREATE INDEX agency_period_status IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.status);
CREATE INDEX admin_unit_period_code IF NOT EXISTS FOR (n:AdminUnitPeriod) ON (n.code);
DROP INDEX name_search IF EXISTS;
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:AgencyPeriod|Function|Mandate) ON EACH [n.name, n.nameEn, n.title, n.number, n.code]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE INDEX admin_unit_period_level IF NOT EXISTS FOR (n:AdminUnitPeriod) ON (n.level);
