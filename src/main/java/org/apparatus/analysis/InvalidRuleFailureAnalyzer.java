package org.apparatus.analysis;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a malformed rule file into Spring Boot's short start-up failure report. */
class InvalidRuleFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRuleException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidRuleException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the header of the rule file (see docs/rules.md, \"Writing a rule\"), or remove the file.", cause);
	}

}
