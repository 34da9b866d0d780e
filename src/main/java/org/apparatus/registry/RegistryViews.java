package org.apparatus.registry;

import java.time.LocalDate;

import java.util.List;

import org.apparatus.api.Edge;
import org.apparatus.api.PageInfo;
import org.jspecify.annotations.Nullable;

/** Read-only shapes the GraphQL API returns besides the entities themselves. */
final class RegistryViews {

	private RegistryViews() {
	}

	/**
	 * A responsibility as listed under an agency or a function, with the codes to resolve
	 * its ends.
	 */
	record ResponsibilityView(String code, Role role, String agencyCode, String functionCode, LocalDate asOf) {
	}

	/** A mandate granting a responsibility, with the clause. */
	record Grant(Mandate mandate, @Nullable String article) {
	}

	/** A reporting line seen from one end: the line and the agency at the other end. */
	record ReportingLink(ReportingLineKind line, Agency agency) {
	}

	/**
	 * A function-level rule: the function must be led at this level, per this mandate, in
	 * every unit of the level or, with {@code unitKinds}, in the units of those kinds.
	 */
	record LevelRule(AdminLevel level, List<UnitKind> unitKinds, Mandate mandate) {
	}

	/** One search result. */
	record SearchHit(SearchKind type, String code, String name, @Nullable String nameEn, double score) {
	}

	enum SearchKind {

		AGENCY, FUNCTION, MANDATE

	}

	record AgencyConnection(List<Edge<Agency>> edges, PageInfo pageInfo, int totalCount) {
	}

	/** Filter of the agency listing; every part optional. */
	record AgencyFilter(@Nullable String unit, @Nullable Boolean includeSubunits, @Nullable Sector sector,
			@Nullable AgencyKind kind, @Nullable AgencyStatus status) {
	}

}
