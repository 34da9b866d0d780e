package org.apparatus.dataset;

import java.util.Map;
import java.util.Set;

import org.apparatus.registry.AdminLevel;

/**
 * What a data set may refer to that is already in the store: the codes of every label,
 * the two trees and the chains of replaced mandates, so that references and cycles are
 * checked against the store and the set together.
 *
 * @param mandateSuccessors each replaced mandate's successor, by code
 */
record StoreSnapshot(Map<String, AdminLevel> unitLevels, Map<String, String> unitParents, Set<String> functionCodes,
		Map<String, String> functionParents, Set<String> agencyCodes, Set<String> mandateCodes,
		Map<String, String> mandateSuccessors) {

	static final StoreSnapshot EMPTY = new StoreSnapshot(Map.of(), Map.of(), Set.of(), Map.of(), Set.of(), Set.of(),
			Map.of());

}
