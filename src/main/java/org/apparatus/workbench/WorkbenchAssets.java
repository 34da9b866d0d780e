package org.apparatus.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

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

	/**
	 * The WebJar's version, as its own {@code pom.properties} says (pom.xml's
	 * {@code cytoscape.version} is the one place it is written).
	 */
	static final String CYTOSCAPE = version("org.webjars.npm", "cytoscape");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/workbench/lib/cytoscape/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/cytoscape/" + CYTOSCAPE + "/dist/");
	}

	/** The version of a library on the class path, from its Maven metadata. */
	static String version(String group, String artifact) {
		String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
		try (InputStream in = WorkbenchAssets.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is not on the class path: is the WebJar a dependency?");
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
