package org.apparatus.dataset;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.Period;

/**
 * What a data set may refer to that is already in the store: the codes of every label,
 * the periods of units and agencies, the two trees (the latest parent of a unit) and the
 * chains of replaced mandates, so that references, lifetimes and cycles are checked
 * against the store and the set together.
 *
 * @param mandateSuccessors each replaced mandate's successor, by code
 */
record StoreSnapshot(Map<String, AdminLevel> unitLevels, Map<String, String> unitParents,
		Map<String, List<Period>> unitPeriods, Set<String> functionCodes, Map<String, String> functionParents,
		Map<String, List<Period>> agencyPeriods, Set<String> mandateCodes, Map<String, String> mandateSuccessors) {

	static final StoreSnapshot EMPTY = new StoreSnapshot(Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Map.of(),
			Set.of(), Map.of());

	Set<String> agencyCodes() {
		return this.agencyPeriods.keySet();
	}

}
