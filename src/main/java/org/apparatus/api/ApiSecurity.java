package org.apparatus.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic users from the configuration. Reading (GraphQL queries, GraphiQL) needs a user with
 * the VIEWER or EDITOR role unless anonymous reading is switched on; every mutation needs EDITOR
 * ({@code @PreAuthorize} on the mutation controllers, so it holds whatever the HTTP rules are).
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

	@Bean
	InMemoryUserDetailsManager users(ApiSecurityProperties properties) {
		List<UserDetails> users = new ArrayList<>();
		properties.users()
			.forEach((name, user) -> users.add(User.withUsername(name)
				.password(user.password())
				.roles(user.roles().toArray(String[]::new))
				.build()));
		return new InMemoryUserDetailsManager(users);
	}

}
