package org.apparatus.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL at {@code /graphiql}, served entirely from the jar (GraphiQL and React as
 * webjars) instead of Spring for GraphQL's page, which loads its scripts from a CDN and
 * stays blank on networks without internet access, as in many government offices.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/graphiql", "/graphiql/index.html");
	}

}
