package org.apparatus.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API (docs/api.md, "Security").
 *
 * @param anonymousRead whether queries (and GraphiQL) are open without logging in;
 * mutations always need a user with the EDITOR role
 * @param users the users by name, each with a password (in Spring Security's {@code {id}}
 * notation, e.g. {@code {bcrypt}…} or {@code {noop}…}) and roles (VIEWER, EDITOR)
 */
@ConfigurationProperties("apparatus.security")
record ApiSecurityProperties(@DefaultValue("false") boolean anonymousRead, Map<String, User> users) {

	ApiSecurityProperties {
		users = users == null ? Map.of() : Map.copyOf(users);
	}

	record User(String password, @DefaultValue("VIEWER") List<String> roles) {
	}

}
