package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.AgencyStatus;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Role;
import org.apparatus.registry.Sector;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/**
 * Builds a small apparatus straight into the store, one element per call, for rule tests.
 */
public final class TinyApparatus {

	private final Driver driver;

	public TinyApparatus(Driver driver) {
		this.driver = driver;
	}

	public TinyApparatus unit(String code, AdminLevel level, @Nullable String parent) {
		run("CREATE (u:AdminUnit {code: $code, name: 'Đơn vị ' + $code, level: $level}) "
				+ "WITH u OPTIONAL MATCH (p:AdminUnit {code: $parent}) "
				+ "FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (u)-[:PART_OF]->(p))", "code", code,
				"level", level.name(), "parent", parent);
		return this;
	}

	public TinyApparatus agency(String code, String unit) {
		return agency(code, unit, Sector.STATE, AgencyKind.DEPARTMENT, AgencyStatus.ACTIVE);
	}

	public TinyApparatus agency(String code, String unit, Sector sector, AgencyKind kind, AgencyStatus status) {
		run("MATCH (u:AdminUnit {code: $unit}) CREATE (:Agency {code: $code, name: 'Cơ quan ' + $code, "
				+ "nameEn: 'Body ' + $code, sector: $sector, kind: $kind, status: $status, staffQuota: 10})"
				+ "-[:LOCATED_IN]->(u)", "code", code, "unit", unit, "sector", sector.name(), "kind", kind.name(),
				"status", status.name());
		return this;
	}

	public TinyApparatus function(String code, @Nullable String parent) {
		run("CREATE (f:Function {code: $code, name: 'Nhiệm vụ ' + $code, nameEn: 'Task ' + $code}) "
				+ "WITH f OPTIONAL MATCH (p:Function {code: $parent}) "
				+ "FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (f)-[:PART_OF]->(p))", "code", code,
				"parent", parent);
		return this;
	}

	public TinyApparatus mandate(String code, String number, LocalDate effectiveFrom, @Nullable LocalDate repealedOn) {
		run("CREATE (:Mandate {code: $code, kind: 'DECREE', number: $number, title: 'Nghị định ' + $number, "
				+ "effectiveFrom: $from, repealedOn: $repealed})", "code", code, "number", number, "from",
				effectiveFrom, "repealed", repealedOn);
		return this;
	}

	/** Mandate {@code code} was replaced by mandate {@code successor}. */
	public TinyApparatus replaced(String code, String successor) {
		run("MATCH (m:Mandate {code: $code}), (s:Mandate {code: $successor}) CREATE (m)-[:REPLACED_BY]->(s)", "code",
				code, "successor", successor);
		return this;
	}

	public TinyApparatus holds(String agency, String function, Role role, String... mandates) {
		run("MATCH (a:Agency {code: $agency}), (f:Function {code: $function}) "
				+ "CREATE (a)-[:HOLDS]->(r:Responsibility {code: $agency + ':' + $function + ':' + $role, role: $role})"
				+ "-[:FOR]->(f) WITH r UNWIND $mandates AS mandate MATCH (m:Mandate {code: mandate}) "
				+ "CREATE (r)-[:GRANTED_BY]->(m)", "agency", agency, "function", function, "role", role.name(),
				"mandates", List.of(mandates));
		return this;
	}

	public TinyApparatus line(String agency, String superior, ReportingLineKind line) {
		run("MATCH (a:Agency {code: $agency}), (s:Agency {code: $superior}) CREATE (a)-[:REPORTS_TO {line: $line}]->(s)",
				"agency", agency, "superior", superior, "line", line.name());
		return this;
	}

	public TinyApparatus levelRule(String function, AdminLevel level, String mandate) {
		run("MATCH (f:Function {code: $function}), (m:Mandate {code: $mandate}) CREATE (f)-[:LED_AT {level: $level}]->(m)",
				"function", function, "mandate", mandate, "level", level.name());
		return this;
	}

	private void run(String statement, @Nullable Object... keysAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		try (var session = this.driver.session()) {
			session.run(statement, parameters).consume();
		}
	}

}
