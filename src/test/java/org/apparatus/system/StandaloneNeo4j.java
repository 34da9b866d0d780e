package org.apparatus.system;

import java.nio.file.Path;

import org.springframework.util.unit.DataSize;

/**
 * A Neo4j server for tests, run in its own JVM: Bolt on a free loopback port, printed as
 * {@code BOLT <port>}, with the password kept in its store directory
 * ({@code BoltPassword}); it stops when its standard input closes.
 */
public final class StandaloneNeo4j {

	private StandaloneNeo4j() {
	}

	public static void main(String[] args) throws Exception {
		var properties = new ApparatusProperties(Path.of(args[0]), 0, "64m", "", null, DataSize.ofMegabytes(100));
		var server = EmbeddedNeo4jConfiguration.EmbeddedNeo4j.start(properties);
		System.out.println("BOLT " + EmbeddedNeo4jConfiguration.EmbeddedNeo4j.boltPort(server));
		System.out.flush();
		while (System.in.read() != -1) {
			// wait for the test to close our input
		}
		server.shutdown();
	}

}
