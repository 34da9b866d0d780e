package org.apparatus.api;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
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
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
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
