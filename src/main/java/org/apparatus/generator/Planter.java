package org.apparatus.generator;

/**
 * Plants the problems of one analysis rule (docs/rules.md) into a laid-out province and
 * lists them in the answer key, so that the analysis of a generated set must find exactly
 * those. Planters run in the fixed order of {@link SyntheticDataSetGenerator#PLANTERS}:
 * they draw from the run's one random sequence, and the answer key lists problems in
 * planting order.
 */
interface Planter {

	/** The rule this planter plants problems of, as the analysis names it. */
	String rule();

	void plant(Province province, FunctionTree tree, AnswerKey key);

}
