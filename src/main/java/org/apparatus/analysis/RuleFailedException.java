package org.apparatus.analysis;

/**
 * A rule whose query the database could not run; the message names the rule and its file.
 */
public class RuleFailedException extends RuntimeException {

	RuleFailedException(Rule rule, Exception cause) {
		super("rule " + rule.id() + " (" + rule.source() + ") failed: " + cause.getMessage(), cause);
	}

}
