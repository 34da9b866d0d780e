package org.apparatus.workbench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Sign-in for people: a form at {@code /login}, a session cookie, CSRF protection, and
 * sign-out, for the workbench's pages only. The API's own chain (HTTP Basic, stateless)
 * answers every other path, so programs see no difference. The users are the API's:
 * viewers read, editors also mark findings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WorkbenchSecurity {

	static final String VIEWER = "VIEWER";

	static final String EDITOR = "EDITOR";

	/** The paths of the workbench; everything else is the API's. */
	static final RequestMatcher PAGES = new OrRequestMatcher(withDefaults().matcher("/"),
			withDefaults().matcher("/login"), withDefaults().matcher("/logout"), withDefaults().matcher("/search"),
			withDefaults().matcher("/bodies/**"), withDefaults().matcher("/functions/**"),
			withDefaults().matcher("/findings/**"), withDefaults().matcher("/findings"),
			withDefaults().matcher("/units/**"), withDefaults().matcher("/mergers"), withDefaults().matcher("/compare"),
			withDefaults().matcher("/workbench/**"), withDefaults().matcher("/scenarios"),
			withDefaults().matcher("/scenarios/**"), withDefaults().matcher("/data"),
			withDefaults().matcher("/data/**"), withDefaults().matcher("/reporting"),
			withDefaults().matcher("/reporting/**"));

	/** What only editors may do in the scenario and data pages (reports are read). */
	static final RequestMatcher EDITS = new OrRequestMatcher(withDefaults().matcher(HttpMethod.POST, "/scenarios/**"),
			withDefaults().matcher("/scenarios/new"), withDefaults().matcher("/scenarios/*/apply"),
			withDefaults().matcher("/scenarios/*/delete"), withDefaults().matcher(HttpMethod.POST, "/data/**"));

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain workbenchFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PAGES)
			.authorizeHttpRequests(requests -> requests.requestMatchers(withDefaults().matcher("/workbench/**"))
				.permitAll()
				.requestMatchers(withDefaults().matcher(HttpMethod.POST, "/findings/*/mark"))
				.hasRole(EDITOR)
				.requestMatchers(EDITS)
				.hasRole(EDITOR)
				.anyRequest()
				.hasAnyRole(VIEWER, EDITOR))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

}
