package org.apparatus.dataset;

import java.util.Map;
import java.util.Set;

import org.apparatus.registry.AdminLevel;

/**
 * What a data set may refer to that is already in the store: the codes of every label,
 * and the two trees, so that references and cycles are checked against the store and the
 * set together.
 */
record StoreSnapshot(Map<String, AdminLevel> unitLevels, Map<String, String> unitParents, Set<String> functionCodes,
		Map<String, String> functionParents, Set<String> agencyCodes, Set<String> mandateCodes) {

	static final StoreSnapshot EMPTY = new StoreSnapshot(Map.of(), Map.of(), Set.of(), Map.of(), Set.of(), Set.of());

}
