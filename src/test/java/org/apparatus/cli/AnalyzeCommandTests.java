package org.apparatus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze} on the seed province: the JSON contract, the other formats, and its
 * errors. The commands run on the shared test application, as its {@link CommandFactory}
 * creates them.
 */
@EmptyKnowledgeBase
class AnalyzeCommandTests {

	@Autowired
	CommandFactory commands;

	@Autowired
	Driver driver;

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
	void findingsOfTheSeedAsJsonCsvAndTable() {
		assertThat(run("import", "seed-data")).isZero();

		assertThat(run("analyze", "--as-of", "2025-02-28", "--format", "json")).isZero();
		Map<?, ?> json = JsonMapper.builder().build().readValue(this.out.toString(), Map.class);
		assertThat(json.get("asOf")).isEqualTo("2025-02-28");
		Map<?, ?> summary = (Map<?, ?>) json.get("summary");
		List<?> findings = (List<?>) json.get("findings");
		assertThat(summary.get("total")).isEqualTo(findings.size());
		// docs/findings-seed.md: ten duplications on 28 February 2025 (FIN.CAPEX,
		// TRANS.ENFORCE, FOOD.INSPECT and EDU.CENTER in each of the seven districts)
		assertThat(((Map<?, ?>) summary.get("byRule")).get("DUPLICATE")).isEqualTo(10);
		assertThat((Map<?, ?>) summary.get("byRule")).hasSize(13);
		assertThat(findings)
			.allSatisfy(f -> assertThat(((Map<?, ?>) f).keySet().stream().map(Object::toString)).contains("id", "rule",
					"severity", "units", "agencies", "functions", "mandates", "score", "explanation", "status"));
		assertThat(findings).anySatisfy(f -> {
			Map<?, ?> finding = (Map<?, ?>) f;
			assertThat(finding.get("rule")).isEqualTo("DUPLICATE");
			assertThat(finding.get("agencies")).isEqualTo(List.of("BL_SKHDT", "BL_STC"));
			assertThat(finding.get("functions")).isEqualTo(List.of("FIN.CAPEX"));
			assertThat(((Map<?, ?>) finding.get("explanation")).get("vi").toString())
				.contains("Nghị định 24/2014/NĐ-CP");
		});

		assertThat(run("analyze", "--as-of", "2025-02-28", "--unit", "BL.HD", "--rule", "DUPLICATE", "--format", "csv"))
			.isZero();
		assertThat(this.out.toString()).as("a UTF-8 byte-order mark, for spreadsheets").startsWith("\uFEFFid,");
		List<String> lines = this.out.toString().substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("id,rule,severity,status,units,agencies,functions,mandates,score");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("DUPLICATE", "HD_PGDDT;HD_PLDTBXH");

		assertThat(run("analyze", "--as-of", "2025-02-28", "--lang", "en")).isZero();
		assertThat(this.out.toString()).startsWith("Analysis as of 2025-02-28:")
			.contains("Department of Planning and Investment and Department of Finance each lead")
			.contains("By rule:");
	}

	@Test
	void unknownRulesAndUnitsAreOneLineErrors() {
		assertThat(run("analyze", "--rule", "NO_SUCH")).as("a usage error").isEqualTo(2);
		assertThat(this.err.toString()).startsWith("--rule: there is no rule NO_SUCH; the rules are ")
			.contains("DUPLICATE (", "MERGER_CANDIDATE (")
			.doesNotContain("\tat ");
		assertThat(run("analyze", "--unit", "NOWHERE")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("error: unit: no admin unit with code NOWHERE\n");
		assertThat(run("analyze", "--format", "xml")).isEqualTo(2);
		assertThat(run("analyze", "--as-of", "28/02/2025")).isEqualTo(2);
		assertThat(this.err.toString()).contains("28/02/2025 is not a day in the form YYYY-MM-DD");
		assertThat(run("analyze", "--as-of", "2025-13-01")).isEqualTo(2);
		assertThat(this.err.toString()).contains("2025-13-01 is not a valid day").doesNotContain("Exception", "java.");
	}

}
