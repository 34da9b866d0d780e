package org.apparatus.audit;

import java.security.Principal;

import org.apparatus.api.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * Who makes a change and why, as the audit log records it.
 *
 * @param user the user of the GraphQL request, or {@code cli:} and the operating-system
 * user for the command line
 * @param reason why the change is made; required over GraphQL, optional on the command
 * line
 */
public record Attribution(String user, @Nullable String reason) {

	/** The prefix of a command-line user: {@code cli:alice}. */
	public static final String COMMAND_LINE = "cli:";

	/**
	 * A change asked for over the API: the reason is required and refused, naming the
	 * {@code reason} argument, when it is blank.
	 */
	public static Attribution of(Principal user, @Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidArgumentException("reason", "must not be blank: say why the change is made");
		}
		return new Attribution(user.getName(), reason.strip());
	}

	/**
	 * A change made by a command of this process's operating-system user
	 * ({@code cli:alice}), with its {@code --reason} if one was given.
	 */
	public static Attribution commandLine(@Nullable String reason) {
		return new Attribution(COMMAND_LINE + System.getProperty("user.name", "unknown"),
				reason == null || reason.isBlank() ? null : reason.strip());
	}

}
