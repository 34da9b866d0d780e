package org.apparatus.analysis;

/**
 * A rule file whose header or parameters cannot be used; the message names the file and
 * line.
 */
public class InvalidRuleException extends RuntimeException {

	InvalidRuleException(String message) {
		super(message);
	}

}
