package org.apparatus.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic users from the configuration. Reading (GraphQL queries, GraphiQL) needs a
 * user with the VIEWER or EDITOR role unless anonymous reading is switched on; every
 * mutation needs EDITOR ({@code @PreAuthorize} on the mutation controllers, so it holds
 * whatever the HTTP rules are).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class ApiSecurity {

	static final String VIEWER = "VIEWER";

	static final String EDITOR = "EDITOR";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiSecurityProperties properties) throws Exception {
		http.authorizeHttpRequests(requests -> {
			if (properties.anonymousRead()) {
				requests.anyRequest().permitAll();
			}
			else {
				requests.requestMatchers("/error").permitAll().anyRequest().hasAnyRole(VIEWER, EDITOR);
			}
		})
			.httpBasic(basic -> basic.authenticationEntryPoint(ApiSecurity::signInNeeded))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(ApiSecurity::signInNeeded)
				.accessDeniedHandler((request, response, denied) -> writeError(request, response, HttpStatus.FORBIDDEN,
						ErrorType.FORBIDDEN, "this user may not do that")))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * HTTP 401 with the Basic challenge (browsers ask for the login, as for GraphiQL) and
	 * a body in GraphQL's shape for API clients.
	 */
	private static void signInNeeded(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Apparatus\"");
		writeError(request, response, HttpStatus.UNAUTHORIZED, ErrorType.UNAUTHORIZED,
				"sign in with a user name and password (HTTP Basic): they are missing or wrong");
	}

	private static void writeError(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			ErrorType classification, String message) throws IOException {
		writeError(request, response, status, classification.name(), message);
	}

	/**
	 * An error in GraphQL's shape, in the media type the client accepts; the message is a
	 * fixed text without quotes or backslashes.
	 */
	static void writeError(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String classification, String message) throws IOException {
		response.setStatus(status.value());
		MediaType type;
		try {
			type = GraphQlOverHttp
				.errorMediaType(MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT))));
		}
		catch (InvalidMediaTypeException ex) {
			type = MediaType.APPLICATION_JSON;
		}
		response.setContentType(type.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		// The messages are fixed texts without quotes or backslashes.
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\""
					+ classification + "\"}}]}");
	}

	/**
	 * The configured users, read-only. Not an {@code InMemoryUserDetailsManager}: Spring
	 * Security "upgrades" the password of such a manager to bcrypt after the first login,
	 * and HTTP Basic then pays a deliberately slow bcrypt check (about 50 ms of CPU) on
	 * every request.
	 */
	@Bean
	UserDetailsService users(ApiSecurityProperties properties) {
		Map<String, UserDetails> users = new HashMap<>();
		properties.users()
			.forEach((name, user) -> users.put(name,
					User.withUsername(name)
						.password(user.password())
						.roles(user.roles().toArray(String[]::new))
						.build()));
		return name -> {
			UserDetails user = users.get(name);
			if (user == null) {
				throw new UsernameNotFoundException(name);
			}
			// A copy: the authentication provider erases the password of what it is
			// given.
			return User.withUserDetails(user).build();
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

}
