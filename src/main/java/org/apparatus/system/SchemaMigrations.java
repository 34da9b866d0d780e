package org.apparatus.system;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Lazy;
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
		var config = MigrationsConfig.builder().withLocationsToScan("classpath:cypher/migrations").build();
		new Migrations(config, this.driver).apply();
	}

}
