// Every node has a stable business key, `code`, unique within its label.
CREATE CONSTRAINT admin_unit_code IF NOT EXISTS FOR (n:AdminUnit) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT agency_code IF NOT EXISTS FOR (n:Agency) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT function_code IF NOT EXISTS FOR (n:Function) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT mandate_code IF NOT EXISTS FOR (n:Mandate) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT responsibility_code IF NOT EXISTS FOR (n:Responsibility) REQUIRE n.code IS UNIQUE;
