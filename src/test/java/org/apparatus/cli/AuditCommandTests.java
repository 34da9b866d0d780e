package org.apparatus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.TestDataSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's writes are recorded as {@code cli:} and the operating-system user,
 * with their {@code --reason}; {@code audit} prints them newest first, filtered by code
 * and day.
 */
@EmptyKnowledgeBase
class AuditCommandTests {

	static final String USER = "cli:" + System.getProperty("user.name");

	@Autowired
	CommandFactory commands;

	@Autowired
	Driver driver;

	@TempDir
	Path temp;

	StringWriter out = new StringWriter();

	StringWriter err = new StringWriter();

	private int run(String... args) {
		this.out = new StringWriter();
		this.err = new StringWriter();
		return ApparatusCli.run(this.commands, new PrintWriter(this.out, true), new PrintWriter(this.err, true), args);
	}

	@BeforeEach
	void emptyStore() {
		StoreCleaner.wipe(this.driver);
	}

	@Test
	void importScenarioSaveAndApplyAreRecordedAndPrinted() throws Exception {
		assertThat(run("import", "seed-data", "--reason", "nạp dữ liệu Bạc Liêu - Cà Mau")).isZero();
		Path scenario = this.temp.resolve("gop.yaml");
		Files.writeString(scenario, """
				name: gop-thu
				description: Phương án thử - hợp nhất Sở Dân tộc và Tôn giáo vào Sở Nội vụ (Cà Mau hôm nay)
				changes:
				  - merge: { agencies: [CM_SDTTG, CM_SNV], into: CM_SNV }
				""");
		assertThat(run("scenario", "import", scenario.toString())).isZero();
		assertThat(run("scenario", "apply", "gop-thu", "--reason", "Nghị quyết 18-NQ/TW")).isZero();
		Path invalid = TestDataSet.of(DataSetFile.AGENCIES, """
				code,name,name_en,sector,kind,admin_unit_code,status,staff_quota
				X,Sở X,,STAT,DEPARTMENT,P,ACTIVE,1
				""").writeTo(this.temp.resolve("invalid"));
		assertThat(run("import", invalid.toString(), "--reason", "refused")).isEqualTo(1);

		assertThat(run("audit")).isZero();
		List<String> lines = this.out.toString().lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(0)).isEqualTo("Audit log: 3 records");
		assertThat(lines.get(1)).matches("AT \\(UTC\\) +USER +KIND +CODES +WHAT — WHY");
		assertThat(lines.get(2)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  .*")
			.contains(USER, "APPLY_SCENARIO", "gop-thu, CM_SDTTG, CM_SNV and ",
					"scenario gop-thu applied (changes 1, responsibilities moved ", "— Nghị quyết 18-NQ/TW");
		assertThat(lines.get(3)).contains(USER, "SAVE_SCENARIO", "gop-thu",
				"scenario gop-thu saved (changes 1) — (no reason given)");
		assertThat(lines.get(4)).contains(USER, "IMPORT", "initial load of seed-data (admin-units.csv ",
				"agencies.csv 1,577", "responsibilities 19,413", "— nạp dữ liệu Bạc Liêu - Cà Mau");
		assertThat(lines.subList(2, 5)).allSatisfy(line -> assertThat(line.indexOf(USER)).isEqualTo(22));

		assertThat(run("audit", "--code", "gop-thu")).isZero();
		assertThat(this.out.toString()).startsWith("Audit log touching gop-thu: 2 records\n")
			.contains("APPLY_SCENARIO", "SAVE_SCENARIO")
			.doesNotContain("IMPORT");
		assertThat(run("audit", "--code", "CM_SDTTG")).isZero();
		assertThat(this.out.toString()).startsWith("Audit log touching CM_SDTTG: 2 records\n")
			.contains("APPLY_SCENARIO", "IMPORT")
			.doesNotContain("SAVE_SCENARIO");
		assertThat(run("audit", "--since", LocalDate.now().toString(), "--user", USER)).isZero();
		assertThat(this.out.toString())
			.startsWith("Audit log by " + USER + ", since " + LocalDate.now() + ": 3 records");
		assertThat(run("audit", "--since", LocalDate.now().plusDays(1).toString())).isZero();
		assertThat(this.out.toString()).isEqualTo("Audit log since " + LocalDate.now().plusDays(1) + ": 0 records\n");
		assertThat(run("audit", "--user", "editor")).isZero();
		assertThat(this.out.toString()).isEqualTo("Audit log by editor: 0 records\n");
	}

	@Test
	void auditHasHelpAndRefusesABadDay() {
		assertThat(
				ApparatusCli.run(new PrintWriter(this.out, true), new PrintWriter(this.err, true), "audit", "--help"))
			.isZero();
		assertThat(this.out.toString()).contains("--code", "--since", "--user", "--store", "--uri");
		assertThat(ApparatusCli.run(new PrintWriter(this.out, true), new PrintWriter(this.err, true), "audit",
				"--since", "yesterday"))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("--since").doesNotContain("\tat ");
	}

}
