package org.apparatus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's contract where the jar's runner starts the application: a failed
 * start is one line and exit status 1, whether the store is held by another process, the
 * Bolt port is taken or a rule file is malformed.
 */
class CommandLineIT {

	static final Duration TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	Path temp;

	@Test
	void aStoreHeldByAnotherProcessIsOneLine() throws Exception {
		Path store = this.temp.resolve("store");
		try (var serving = JavaProcess.cli("serve", "--store", store.toString(), "--port", "0", "--bolt-port", "0",
				"--no-seed")) {
			serving.awaitLine(line -> line.startsWith("Press Ctrl+C"), TIMEOUT);
			try (var exporting = JavaProcess.cli("export", "--store", store.toString(),
					this.temp.resolve("x").toString())) {
				assertThat(exporting.exitStatus(TIMEOUT)).isEqualTo(1);
				assertThat(exporting.output()).contains("error: The store " + store + " is in use by another process")
					.contains("--uri")
					.doesNotContain("\tat ");
			}
		}
	}

	@Test
	void aTakenBoltPortIsOneLine() throws Exception {
		try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				var serving = JavaProcess.cli("serve", "--store", this.temp.resolve("store").toString(), "--port", "0",
						"--bolt-port", String.valueOf(taken.getLocalPort()), "--no-seed")) {
			assertThat(serving.exitStatus(TIMEOUT)).isEqualTo(1);
			assertThat(serving.output())
				.contains("error: The Bolt port 127.0.0.1:" + taken.getLocalPort() + " is already in use")
				.doesNotContain("\tat ")
				.as("no warning logged by the application")
				.doesNotContainPattern(" WARN \\d+ ---");
		}
	}

	@Test
	void aMalformedRuleFileStopsTheStartWithItsFileAndLine() throws Exception {
		Path rules = Files.createDirectories(this.temp.resolve("rules"));
		Files.writeString(rules.resolve("BROKEN.cypher"), "// id: BROKEN\n// severity: URGENT\nRETURN 1\n");
		StringWriter err = new StringWriter();
		System.setProperty("apparatus.analysis.rules-dir", rules.toString());
		try {
			assertThat(ApparatusCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
					"analyze", "--store", this.temp.resolve("store").toString()))
				.isEqualTo(1);
			assertThat(err.toString())
				.startsWith("error: " + rules.resolve("BROKEN.cypher") + ":1: the header has no 'title.vi'")
				.doesNotContain("\tat ");
		}
		finally {
			System.clearProperty("apparatus.analysis.rules-dir");
		}
	}

}
