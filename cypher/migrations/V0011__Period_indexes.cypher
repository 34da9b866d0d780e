// The attributes that change over time moved to period nodes (V0010): the listing's filters
// and the name search follow them, and "as of a day" can seek a period by its bounds.
DROP INDEX agency_sector IF EXISTS;
DROP INDEX agency_kind IF EXISTS;
DROP INDEX agency_status IF EXISTS;
CREATE INDEX agency_period_code IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.code);
CREATE INDEX agency_period_sector IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.sector);
CREATE INDEX agency_period_kind IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.kind);
CREATE INDEX agency_period_status IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.status);
CREATE INDEX agency_period_from IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.validFrom);
CREATE INDEX agency_period_to IF NOT EXISTS FOR (n:AgencyPeriod) ON (n.validTo);
CREATE INDEX admin_unit_period_code IF NOT EXISTS FOR (n:AdminUnitPeriod) ON (n.code);
CREATE INDEX admin_unit_period_from IF NOT EXISTS FOR (n:AdminUnitPeriod) ON (n.validFrom);
CREATE INDEX admin_unit_period_to IF NOT EXISTS FOR (n:AdminUnitPeriod) ON (n.validTo);
CREATE INDEX responsibility_from IF NOT EXISTS FOR (n:Responsibility) ON (n.validFrom);
CREATE INDEX responsibility_to IF NOT EXISTS FOR (n:Responsibility) ON (n.validTo);
DROP INDEX name_search IF EXISTS;
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:AgencyPeriod|Function|Mandate) ON EACH [n.name, n.nameEn, n.title, n.number, n.code]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE INDEX admin_unit_period_level IF NOT EXISTS FOR (n:AdminUnitPeriod) ON (n.level);
