package org.apparatus.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema migrations of {@code cypher/migrations/} (packed into the
 * jar) when the application starts, before anything reads or writes. Applied migrations
 * are skipped; a changed one fails the start-up, as neo4j-migrations verifies checksums.
 * A bean that reads or writes the store while it starts takes this bean as a constructor
 * parameter, so that the schema is in place first.
 */
@Component
@Lazy(false)
public final class SchemaMigrations implements InitializingBean {

	private final Driver driver;

	SchemaMigrations(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:cypher/migrations")
			.withResourceScanner(SchemaMigrations::findOnClassPath)
			.build();
		new Migrations(config, this.driver).apply();
	}

	/**
	 * The files under each location, found by Spring's resource resolver, which looks
	 * only in the folders and jars that have the location. neo4j-migrations' own scanner
	 * (ClassGraph) reads the directory of every jar on the class path: half the CPU of a
	 * command's start.
	 */
	static List<URL> findOnClassPath(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
		// By the file's path below the location, the first on the class path: a folder
		// may be on it twice (a classes folder and the project's own cypher/ folder in a
		// child JVM of the tests), and the same migration twice is not two migrations.
		Map<String, URL> found = new LinkedHashMap<>();
		for (String location : locations) {
			String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
			try {
				for (Resource resource : resolver.getResources("classpath*:" + path + "/**/*.cypher")) {
					String url = resource.getURL().toString();
					found.putIfAbsent(url.substring(url.lastIndexOf(path) + path.length()), resource.getURL());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the schema migrations in " + location, ex);
			}
		}
		return new ArrayList<>(found.values());
	}

}
