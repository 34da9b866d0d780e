package org.apparatus.analysis;

import java.util.List;

/**
 * An analysis rule: one Cypher file of {@code cypher/rules/} and what its header says
 * about it.
 *
 * @param parameters the rule parameters the query uses (see {@link RuleParameters})
 * @param columns the columns the query returns; always key, units, agencies, functions
 * and mandates
 * @param explanationVi template of the Vietnamese explanation ({@code {agencies}},
 * {@code {functions}}…)
 * @param source where the rule was read from, for messages
 */
public record Rule(String id, Severity severity, String titleVi, String titleEn, List<String> parameters,
		List<String> columns, String explanationVi, String explanationEn, String description, String cypher,
		String source) {

	public String title(String language) {
		return "en".equals(language) ? this.titleEn : this.titleVi;
	}

}
