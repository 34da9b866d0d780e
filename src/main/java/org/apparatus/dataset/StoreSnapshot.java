package org.apparatus.dataset;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.Period;

/**
 * What a data set may refer to that is already in the store: the codes of every label,
 * the periods of units and agencies, the two trees (the latest parent of a unit) and the
 * chains of replaced mandates, the status and name of agencies in each period, so that
 * references, lifetimes and cycles are checked against the store and the set together.
 *
 * @param mandateSuccessors each replaced mandate's successor, by code
 */
record StoreSnapshot(Map<String, AdminLevel> unitLevels, Map<String, String> unitParents,
		Map<String, List<Period>> unitPeriods, Set<String> functionCodes, Map<String, String> functionParents,
		Map<String, List<AgencyState>> agencyStates, Set<String> mandateCodes, Map<String, String> mandateSuccessors,
		List<Holding> holdings) {

	static final StoreSnapshot EMPTY = new StoreSnapshot(Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Map.of(),
			Set.of(), Map.of(), List.of());

	/** One period of an agency: when, its status and its name. */
	record AgencyState(Period period, String status, String name) {
	}

	/**
	 * A responsibility of an agency for a function in a period, whatever the role: what
	 * the TRANSFER events of {@code changes.csv} are checked against (only those for the
	 * functions such events name, and the tasks under them, are read from the store).
	 */
	record Holding(String agencyCode, String functionCode, Period period) {
	}

	Set<String> agencyCodes() {
		return this.agencyStates.keySet();
	}

	Map<String, List<Period>> agencyPeriods() {
		Map<String, List<Period>> periods = new java.util.HashMap<>();
		this.agencyStates
			.forEach((code, states) -> periods.put(code, states.stream().map(AgencyState::period).toList()));
		return periods;
	}

}
