package org.apparatus.workbench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The client libraries the pages load, served from the jar under {@code /workbench/lib/}
 * (no CDN, no internet access): Cytoscape.js from its WebJar for the graph of a body.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WorkbenchAssets implements WebMvcConfigurer {

	/** The WebJar's version: {@code cytoscape.version} in pom.xml. */
	static final String CYTOSCAPE = "3.33.1";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/workbench/lib/cytoscape/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/cytoscape/" + CYTOSCAPE + "/dist/");
	}

}
