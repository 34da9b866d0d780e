package org.apparatus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze} on the seed province: the JSON contract, the other formats, and its errors. */
class AnalyzeCommandTests {

	@TempDir
	Path temp;

	StringWriter out = new StringWriter();

	StringWriter err = new StringWriter();

	private int run(String... args) {
		this.out = new StringWriter();
		this.err = new StringWriter();
		return ApparatusCli.run(new PrintWriter(this.out, true), new PrintWriter(this.err, true), args);
	}

	@Test
	void findingsOfTheSeedAsJsonCsvAndTable() {
		String store = this.temp.resolve("store").toString();
		assertThat(run("import", "--store", store, "seed-data")).isZero();

		assertThat(run("analyze", "--store", store, "--as-of", "2025-02-28", "--format", "json")).isZero();
		Map<?, ?> json = JsonMapper.builder().build().readValue(this.out.toString(), Map.class);
		assertThat(json.get("asOf")).isEqualTo("2025-02-28");
		Map<?, ?> summary = (Map<?, ?>) json.get("summary");
		List<?> findings = (List<?>) json.get("findings");
		assertThat(summary.get("total")).isEqualTo(findings.size());
		assertThat(((Map<?, ?>) summary.get("byRule")).get("DUPLICATE")).isEqualTo(8);
		assertThat((Map<?, ?>) summary.get("byRule")).hasSize(13);
		assertThat(findings).allSatisfy(f -> assertThat(((Map<?, ?>) f).keySet().stream().map(Object::toString))
			.contains("id", "rule", "severity", "units", "agencies", "functions", "mandates", "score", "explanation",
					"status"));
		assertThat(findings).anySatisfy(f -> {
			Map<?, ?> finding = (Map<?, ?>) f;
			assertThat(finding.get("rule")).isEqualTo("DUPLICATE");
			assertThat(finding.get("agencies")).isEqualTo(List.of("BL_SKHDT", "BL_STC"));
			assertThat(finding.get("functions")).isEqualTo(List.of("FIN.CAPEX"));
			assertThat(((Map<?, ?>) finding.get("explanation")).get("vi").toString()).contains("Nghị định 24/2014/NĐ-CP");
		});

		assertThat(run("analyze", "--store", store, "--as-of", "2025-02-28", "--unit", "BL.HD", "--rule", "DUPLICATE",
				"--format", "csv")).isZero();
		List<String> lines = this.out.toString().lines().toList();
		assertThat(lines.get(0)).startsWith("id,rule,severity,status,units,agencies,functions,mandates,score");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("DUPLICATE", "HD_PGDDT;HD_PLDTBXH");

		assertThat(run("analyze", "--store", store, "--as-of", "2025-02-28", "--lang", "en")).isZero();
		assertThat(this.out.toString()).startsWith("Analysis as of 2025-02-28:")
			.contains("Department of Planning and Investment and Department of Finance each lead")
			.contains("By rule:");
	}

	@Test
	void unknownRulesAndUnitsAreOneLineErrors() {
		String store = this.temp.resolve("store").toString();
		assertThat(run("analyze", "--store", store, "--rule", "NO_SUCH")).isEqualTo(1);
		assertThat(this.err.toString()).startsWith("error: rule: unknown rule NO_SUCH").doesNotContain("\tat ");
		assertThat(run("analyze", "--store", store, "--unit", "NOWHERE")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("error: unit: no admin unit with code NOWHERE\n");
		assertThat(run("analyze", "--store", store, "--format", "xml")).isEqualTo(2);
		assertThat(run("analyze", "--store", store, "--as-of", "28/02/2025")).isEqualTo(2);
	}

	@Test
	void aMalformedRuleFileStopsTheStartWithItsFileAndLine() throws Exception {
		Path rules = Files.createDirectories(this.temp.resolve("rules"));
		Files.writeString(rules.resolve("BROKEN.cypher"), "// id: BROKEN\n// severity: URGENT\nRETURN 1\n");
		System.setProperty("apparatus.analysis.rules-dir", rules.toString());
		try {
			assertThat(run("analyze", "--store", this.temp.resolve("store").toString())).isEqualTo(1);
			assertThat(this.err.toString())
				.startsWith("error: " + rules.resolve("BROKEN.cypher") + ":1: the header has no 'title.vi'")
				.doesNotContain("\tat ");
		}
		finally {
			System.clearProperty("apparatus.analysis.rules-dir");
		}
	}

}
