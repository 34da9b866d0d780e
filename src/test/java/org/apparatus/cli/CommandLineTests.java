package org.apparatus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.TestDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's contract: exit status 0 on success, 1 on data errors, 2 on usage
 * errors, and one line of error without a stack trace. Help, usage errors and
 * {@code generate} go through the jar's runner, which starts no application for them;
 * commands on the knowledge base run on the shared test application
 * ({@link CommandLineIT} has those that start their own).
 */
@EmptyKnowledgeBase
class CommandLineTests {

	@Autowired
	CommandFactory commands;

	@Autowired
	Driver driver;

	@TempDir
	Path temp;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	private int run(String... args) {
		return ApparatusCli.run(new PrintWriter(this.out, true), new PrintWriter(this.err, true), args);
	}

	private int runOnTheTestApplication(String... args) {
		return ApparatusCli.run(this.commands, new PrintWriter(this.out, true), new PrintWriter(this.err, true), args);
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
	void schemaPrintWritesTheServedSchemaAndTheDocumentationHasIt() throws IOException {
		Path file = this.temp.resolve("schema.graphqls");
		assertThat(runOnTheTestApplication("schema", "print", file.toString())).isZero();
		String printed = Files.readString(file);
		assertThat(printed).contains("type Query {", "type Mutation {", "input ScenarioChangeInput @oneOf",
				"\"A calendar date in ISO-8601 form, YYYY-MM-DD.\"\nscalar Date");
		Path documented = Path.of("docs/schema.graphqls");
		if (Boolean.getBoolean("schema.update")) {
			Files.writeString(documented, printed);
		}
		assertThat(Files.readString(documented))
			.as("docs/schema.graphqls is not the served schema: after changing a .graphqls file, regenerate it with "
					+ "`./mvnw -o test -Dtest='CommandLineTests#schemaPrint*' -Dschema.update=true` "
					+ "(or `java -jar target/apparatus.jar schema print docs/schema.graphqls`)")
			.isEqualTo(printed);
	}

	@Test
	void aMissingFolderIsOneLine() {
		assertThat(runOnTheTestApplication("import", "/no/such/folder")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("error: /no/such/folder does not exist\n");
	}

	@Test
	void aMissingFileSaysItDoesNotExist() {
		assertThat(runOnTheTestApplication("scenario", "import", "/no/such/scenario.yaml")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("error: /no/such/scenario.yaml does not exist\n");
	}

	@Test
	void anInvalidDayIsAUsageErrorInOneLine() {
		assertThat(run("export", "--as-of", "2025-13-01", this.temp.toString())).isEqualTo(2);
		assertThat(this.err.toString().lines().findFirst()).hasValueSatisfying(
				line -> assertThat(line).isEqualTo("Invalid value for option '--as-of': 2025-13-01 is not a valid day "
						+ "(months 01 to 12, days that month has)"));
		assertThat(this.err.toString()).doesNotContain("Exception", "java.time");
	}

	@Test
	void aBenchmarkWithoutClientsIsAUsageError() {
		assertThat(run("benchmark", "graphql", "--clients", "0")).isEqualTo(2);
		assertThat(this.err.toString()).startsWith("--clients must be between 1 and 1000");
	}

	@Test
	void exportedFilesStartWithAByteOrderMarkForSpreadsheets() throws IOException {
		StoreCleaner.wipe(this.driver);
		Path folder = this.temp.resolve("export");
		assertThat(runOnTheTestApplication("export", folder.toString())).isZero();
		byte[] agencies = Files.readAllBytes(folder.resolve("agencies.csv"));
		assertThat(agencies).startsWith(0xEF, 0xBB, 0xBF, 'c', 'o', 'd', 'e');
	}

	@Test
	void aDataSetExportedAsAWorkbookOrAZipImportsBackToTheSameRecord() throws IOException {
		StoreCleaner.wipe(this.driver);
		assertThat(runOnTheTestApplication("import", "seed-data")).isZero();
		Path before = this.temp.resolve("before");
		Path workbook = this.temp.resolve("record.xlsx");
		Path zip = this.temp.resolve("record.zip");
		assertThat(runOnTheTestApplication("export", before.toString())).isZero();
		assertThat(runOnTheTestApplication("export", workbook.toString())).isZero();
		assertThat(runOnTheTestApplication("export", zip.toString())).isZero();
		assertThat(zip).isRegularFile();
		StoreCleaner.wipe(this.driver);
		assertThat(runOnTheTestApplication("import", workbook.toString())).isZero();
		Path after = this.temp.resolve("after");
		assertThat(runOnTheTestApplication("export", after.toString())).isZero();
		for (DataSetFile file : DataSetFile.values()) {
			assertThat(after.resolve(file.fileName())).as(file.fileName())
				.hasSameBinaryContentAs(before.resolve(file.fileName()));
		}
		StoreCleaner.wipe(this.driver);
		assertThat(runOnTheTestApplication("import", zip.toString(), "--check")).isZero();
		assertThat(this.out.toString()).contains(zip + ": no problems");
	}

	@Test
	void aFileSeparatedBySemicolonsSaysSo() {
		StoreCleaner.wipe(this.driver);
		Path set = TestDataSet.of(DataSetFile.AGENCIES, """
				code;name;name_en;sector;kind;admin_unit_code;status;staff_quota
				X;Sở X;;STATE;DEPARTMENT;P;ACTIVE;1
				""").writeTo(this.temp.resolve("semicolons"));
		assertThat(runOnTheTestApplication("import", set.toString())).isEqualTo(1);
		assertThat(this.err.toString()).contains("agencies.csv:1: is separated by ';', not ','")
			.doesNotContain("missing column");
	}

	@Test
	void anInvalidDataSetListsItsProblemsAndExitsWithOne() {
		StoreCleaner.wipe(this.driver);
		Path set = TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				X,Sở X,,STAT,DEPARTMENT,P,ACTIVE,1
				""").writeTo(this.temp.resolve("set"));
		assertThat(runOnTheTestApplication("import", set.toString())).isEqualTo(1);
		assertThat(this.err.toString())
			.contains("agencies.csv:2:sector: unknown value \"STAT\"",
					"agencies.csv:2:admin_unit_code: unknown admin unit \"P\"", "nothing was imported")
			.doesNotContain("\tat ");
	}

	@Test
	void generateWritesADataSetAndItsAnswerKey() {
		assertThat(run("generate", "--provinces", "1", "--seed", "5", this.temp.resolve("g").toString())).isZero();
		assertThat(this.out.toString()).contains("planted problems", "DUPLICATE=");
		assertThat(TestDataSet.read(this.temp.resolve("g"))).containsKeys("agencies.csv", "planted-problems.csv");
	}

}
