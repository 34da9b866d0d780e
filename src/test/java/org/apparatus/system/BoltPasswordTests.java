package org.apparatus.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apparatus.EmptyKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No side door: the embedded Bolt connector serves only who has the password that the
 * application generated and keeps in the store directory, and Cypher cannot read the
 * machine's files.
 */
@EmptyKnowledgeBase
class BoltPasswordTests {

	@Autowired
	Neo4jConnectionDetails bolt;

	@Autowired
	ApparatusProperties properties;

	@Autowired
	Driver driver;

	@Test
	void boltRefusesAConnectionWithoutThePasswordOrWithAWrongOne() {
		assertThatThrownBy(() -> connect(AuthTokens.none())).isInstanceOf(AuthenticationException.class);
		assertThatThrownBy(() -> connect(AuthTokens.basic(BoltPassword.USER, "neo4j")))
			.isInstanceOf(AuthenticationException.class);
	}

	@Test
	void thePasswordKeptInTheStoreOpensIt() {
		String kept = BoltPassword.kept(this.properties.store()).orElseThrow();
		assertThat(kept).hasSizeGreaterThanOrEqualTo(24);
		connect(AuthTokens.basic(BoltPassword.USER, kept));
	}

	@Test
	void onlyItsOwnerMayReadThePasswordFile() throws Exception {
		Path file = BoltPassword.file(this.properties.store());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void loadCsvCannotReadTheMachinesFiles() {
		try (var session = this.driver.session()) {
			assertThatThrownBy(() -> session.run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line").list())
				.isInstanceOf(ClientException.class)
				.hasMessageContaining("allow_csv_import_from_file_urls");
		}
	}

	private void connect(AuthToken credentials) {
		try (Driver other = GraphDatabase.driver(this.bolt.getUri(), credentials)) {
			other.verifyConnectivity();
		}
	}

}
