package org.apparatus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.TestDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's contract: exit status 0 on success, 1 on data errors, 2 on usage errors, and
 * one line of error without a stack trace.
 */
class CommandLineTests {

	static final Duration TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	Path temp;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	private int run(String... args) {
		return ApparatusCli.run(new PrintWriter(this.out, true), new PrintWriter(this.err, true), args);
	}

	@Test
	void helpListsTheCommands() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("serve", "import", "export", "generate", "benchmark");
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : new String[] { "serve", "import", "export", "generate", "benchmark" }) {
			assertThat(run(command, "--help")).as(command).isZero();
		}
		assertThat(this.out.toString()).contains("--store", "--uri", "--provinces");
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertThat(run("import")).isEqualTo(2);
		assertThat(run("no-such-command")).isEqualTo(2);
		assertThat(run("generate", "--provinces", "0", this.temp.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("Missing required parameter: 'FOLDER'")
			.doesNotContain("Exception", "\tat ");
	}

	@Test
	void aMissingFolderIsOneLine() {
		assertThat(run("import", "--store", this.temp.resolve("store").toString(), "/no/such/folder")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("error: /no/such/folder is not a folder\n");
	}

	@Test
	void anInvalidDataSetListsItsProblemsAndExitsWithOne() {
		Path set = TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				X,Sở X,,STAT,DEPARTMENT,P,ACTIVE,1
				""").writeTo(this.temp.resolve("set"));
		assertThat(run("import", "--store", this.temp.resolve("store").toString(), set.toString())).isEqualTo(1);
		assertThat(this.err.toString()).contains("agencies.csv:2:sector: unknown value \"STAT\"",
				"agencies.csv:2:admin_unit_code: unknown admin unit \"P\"", "nothing was imported")
			.doesNotContain("\tat ");
	}

	@Test
	void generateWritesADataSetAndItsAnswerKey() {
		assertThat(run("generate", "--provinces", "1", "--seed", "5", this.temp.resolve("g").toString())).isZero();
		assertThat(this.out.toString()).contains("planted problems", "DUPLICATE=");
		assertThat(TestDataSet.read(this.temp.resolve("g"))).containsKeys("agencies.csv", "planted-problems.csv");
	}

	@Test
	void aStoreHeldByAnotherProcessIsOneLine() throws Exception {
		Path store = this.temp.resolve("store");
		try (var serving = JavaProcess.cli("serve", "--store", store.toString(), "--port", "0", "--bolt-port", "0",
				"--no-seed")) {
			serving.awaitLine(line -> line.startsWith("Press Ctrl+C"), TIMEOUT);
			try (var exporting = JavaProcess.cli("export", "--store", store.toString(), this.temp.resolve("x").toString())) {
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
			assertThat(serving.output()).contains("error: The Bolt port 127.0.0.1:" + taken.getLocalPort() + " is already in use")
				.doesNotContain("\tat ")
				.as("no warning logged by the application").doesNotContainPattern(" WARN \\d+ ---");
		}
	}

}
