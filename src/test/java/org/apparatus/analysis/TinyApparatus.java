package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.AgencyStatus;
import org.apparatus.registry.Period;
import org.apparatus.registry.ReportingLineKind;
import org.apparatus.registry.Responsibility;
import org.apparatus.registry.Role;
import org.apparatus.registry.Sector;
import org.apparatus.registry.UnitKind;
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
		return unit(code, level, parent, Period.ALWAYS, "Đơn vị " + code);
	}

	/**
	 * One period of a unit: the unit's node is created with its first period, later calls
	 * add periods (a rename, a new parent).
	 */
	public TinyApparatus unit(String code, AdminLevel level, @Nullable String parent, Period period, String name) {
		run("MERGE (u:AdminUnit {code: $code}) SET u.level = $level "
				+ "CREATE (p:AdminUnitPeriod {code: $code, level: $level, name: $name, validFrom: $from, validTo: $to})"
				+ "-[:PERIOD_OF]->(u) WITH p OPTIONAL MATCH (parent:AdminUnit {code: $parent}) "
				+ "FOREACH (x IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (p)-[:PART_OF]->(x))",
				"code", code, "level", level.name(), "parent", parent, "name", name, "from", period.from(), "to",
				period.to());
		return this;
	}

	/** The kind of a unit, in each of its periods. */
	public TinyApparatus kind(String unit, UnitKind kind) {
		run("MATCH (:AdminUnit {code: $unit})<-[:PERIOD_OF]-(p:AdminUnitPeriod) SET p.kind = $kind", "unit", unit,
				"kind", kind.name());
		return this;
	}

	public TinyApparatus agency(String code, String unit) {
		return agency(code, unit, Sector.STATE, AgencyKind.DEPARTMENT, AgencyStatus.ACTIVE);
	}

	public TinyApparatus agency(String code, String unit, Sector sector, AgencyKind kind, AgencyStatus status) {
		return agency(code, unit, sector, kind, status, Period.ALWAYS, "Cơ quan " + code);
	}

	/**
	 * One period of an agency, as
	 * {@link #unit(String, AdminLevel, String, Period, String)}.
	 */
	public TinyApparatus agency(String code, String unit, Sector sector, AgencyKind kind, AgencyStatus status,
			Period period, String name) {
		run("MATCH (u:AdminUnit {code: $unit}) MERGE (a:Agency {code: $code}) "
				+ "CREATE (p:AgencyPeriod {code: $code, name: $name, nameEn: 'Body ' + $code, sector: $sector, "
				+ "kind: $kind, status: $status, staffQuota: 10, validFrom: $from, validTo: $to})-[:PERIOD_OF]->(a) "
				+ "CREATE (p)-[:LOCATED_IN]->(u)", "code", code, "unit", unit, "sector", sector.name(), "kind",
				kind.name(), "status", status.name(), "name", name, "from", period.from(), "to", period.to());
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
		return holds(agency, function, role, Period.ALWAYS, mandates);
	}

	public TinyApparatus holds(String agency, String function, Role role, Period period, String... mandates) {
		run("MATCH (a:Agency {code: $agency}), (f:Function {code: $function}) "
				+ "CREATE (a)-[:HOLDS]->(r:Responsibility {code: $code, role: $role, validFrom: $from, validTo: $to})"
				+ "-[:FOR]->(f) WITH r UNWIND $mandates AS mandate MATCH (m:Mandate {code: mandate}) "
				+ "CREATE (r)-[:GRANTED_BY]->(m)", "agency", agency, "function", function, "role", role.name(), "code",
				Responsibility.codeOf(agency, function, role, period), "mandates", List.of(mandates), "from",
				period.from(), "to", period.to());
		return this;
	}

	public TinyApparatus line(String agency, String superior, ReportingLineKind line) {
		return line(agency, superior, line, Period.ALWAYS);
	}

	public TinyApparatus line(String agency, String superior, ReportingLineKind line, Period period) {
		run("MATCH (a:Agency {code: $agency}), (s:Agency {code: $superior}) "
				+ "CREATE (a)-[:REPORTS_TO {line: $line, validFrom: $from, validTo: $to}]->(s)", "agency", agency,
				"superior", superior, "line", line.name(), "from", period.from(), "to", period.to());
		return this;
	}

	public TinyApparatus levelRule(String function, AdminLevel level, String mandate) {
		return levelRule(function, level, mandate, Period.ALWAYS);
	}

	/** A level rule that addresses the units of these kinds of its level only. */
	public TinyApparatus levelRule(String function, AdminLevel level, String mandate, UnitKind... kinds) {
		run("MATCH (f:Function {code: $function}), (m:Mandate {code: $mandate}) "
				+ "CREATE (f)-[:LED_AT {level: $level, unitKinds: $kinds, validFrom: $from, validTo: $to}]->(m)",
				"function", function, "mandate", mandate, "level", level.name(), "kinds",
				java.util.Arrays.stream(kinds).map(Enum::name).toList(), "from", Period.ALWAYS.from(), "to",
				Period.ALWAYS.to());
		return this;
	}

	public TinyApparatus levelRule(String function, AdminLevel level, String mandate, Period period) {
		run("MATCH (f:Function {code: $function}), (m:Mandate {code: $mandate}) "
				+ "CREATE (f)-[:LED_AT {level: $level, validFrom: $from, validTo: $to}]->(m)", "function", function,
				"mandate", mandate, "level", level.name(), "from", period.from(), "to", period.to());
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
