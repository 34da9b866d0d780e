// Filters of the agency listing and of the analysis rules.
CREATE INDEX agency_sector IF NOT EXISTS FOR (n:Agency) ON (n.sector);
CREATE INDEX agency_kind IF NOT EXISTS FOR (n:Agency) ON (n.kind);
CREATE INDEX agency_status IF NOT EXISTS FOR (n:Agency) ON (n.status);
CREATE INDEX admin_unit_level IF NOT EXISTS FOR (n:AdminUnit) ON (n.level);
CREATE INDEX responsibility_role IF NOT EXISTS FOR (n:Responsibility) ON (n.role);
