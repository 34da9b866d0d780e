package org.apparatus.generator;

import java.util.List;

/**
 * A problem the generator put into a synthetic data set on purpose, with what the
 * analysis must report for it: the rule, the admin units (the primary one first), and the
 * agencies and functions involved.
 */
public record PlantedProblem(String rule, List<String> unitCodes, List<String> agencyCodes, List<String> functionCodes,
		String note) {
}
