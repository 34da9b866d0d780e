package org.apparatus;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application: the knowledge base, its import and export, and the GraphQL
 * API. The command line ({@link org.apparatus.cli.ApparatusCli}) is the jar's entry point
 * and starts this application in the shape each command needs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApparatusApplication {

	public static void main(String[] args) {
		SpringApplication.run(ApparatusApplication.class, args);
	}

	/**
	 * Starts the application for a command, with these {@code --name=value} arguments. A
	 * failed start is not logged: the command reports it once, in one line.
	 */
	public static ConfigurableApplicationContext start(WebApplicationType type, List<String> args) {
		List<String> all = new ArrayList<>(args);
		all.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
		all.add("--logging.level.org.springframework.context=OFF");
		all.add("--logging.level.org.springframework.boot.web.server.servlet.context=OFF");
		all.add("--logging.level.org.springframework.boot.autoconfigure.logging=OFF");
		all.add("--logging.level.org.springframework.boot.diagnostics=OFF");
		return new SpringApplicationBuilder(ApparatusApplication.class).web(type)
			.logStartupInfo(type != WebApplicationType.NONE)
			.run(all.toArray(String[]::new));
	}

}
