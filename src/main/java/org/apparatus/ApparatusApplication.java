package org.apparatus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot application: the knowledge base, its import and export, and the GraphQL API.
 * The command line ({@link org.apparatus.cli.ApparatusCli}) is the jar's entry point and starts
 * this application in the shape each command needs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApparatusApplication {

	public static void main(String[] args) {
		SpringApplication.run(ApparatusApplication.class, args);
	}

}
