package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.List;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AdminUnit;
import org.apparatus.registry.Agency;
import org.apparatus.registry.GovernmentFunction;
import org.apparatus.registry.Mandate;
import org.apparatus.registry.Role;
import org.apparatus.api.Edge;
import org.apparatus.api.PageInfo;

/** Read-only shapes of the analysis API. */
public final class AnalysisViews {

	private AnalysisViews() {
	}

	/** A count under a key. */
	public record Count(String key, int count) {
	}

	record FindingConnection(List<Edge<Finding>> edges, PageInfo pageInfo, int totalCount, List<Count> byRule,
			List<Count> bySeverity) {
	}

	/** Who does what about one function around one unit. */
	public record Coverage(GovernmentFunction function, AdminUnit unit, List<AdminLevel> requiredLevels,
			List<CoverageEntry> entries) {
	}

	/** Where a unit is relative to the unit asked about. */
	public enum UnitPosition {

		HERE, ABOVE, BELOW

	}

	/** One agency's responsibility in a coverage answer. */
	public record CoverageEntry(AdminUnit unit, UnitPosition position, Agency agency, Role role,
			GovernmentFunction function, List<Mandate> mandates, boolean founded) {
	}

	/** Counts of the knowledge base and of the findings. */
	public record Stats(LocalDate asOf, int agencies, int staffQuota, List<Count> agenciesBySector,
			List<Count> agenciesByLevel, List<Count> agenciesByKind, int functions, int mandatesInForce,
			int responsibilities, List<Count> findingsByRule, List<Count> findingsBySeverity,
			List<Count> findingsByStatus) {
	}

}
