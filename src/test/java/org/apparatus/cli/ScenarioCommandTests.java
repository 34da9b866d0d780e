package org.apparatus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scenario} on the seed province: import, export, evaluate as JSON and table,
 * errors, apply.
 */
@EmptyKnowledgeBase
class ScenarioCommandTests {

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
	void theReformIsImportedEvaluatedExportedAndApplied() throws Exception {
		assertThat(run("import", "seed-data")).isZero();
		assertThat(run("scenario", "import", "seed-data/scenarios/reform-2025.yaml")).isZero();
		assertThat(this.out.toString()).isEqualTo("Saved scenario reform-2025: 14 changes.\n");

		// the plan is evaluated on the day it was made (its as_of): Bạc Liêu before the
		// reform
		assertThat(run("scenario", "evaluate", "--as-of", "2025-02-28", "--format", "json", "reform-2025")).isZero();
		Map<?, ?> json = JsonMapper.builder().build().readValue(this.out.toString(), Map.class);
		assertThat(json.keySet().stream().map(Object::toString)).contains("scenario", "resolved", "introduced",
				"unchanged", "before", "after", "moved");
		assertThat((List<?>) json.get("resolved"))
			.anySatisfy(f -> assertThat(((Map<?, ?>) f).get("id")).isEqualTo("DUPLICATE-b3a174b0a9d7"));
		Map<String, Integer> overlapsIntroduced = new java.util.TreeMap<>();
		List<String> rulesIntroduced = new java.util.ArrayList<>();
		for (Object introduced : (List<?>) json.get("introduced")) {
			Map<?, ?> finding = (Map<?, ?>) introduced;
			rulesIntroduced.add(String.valueOf(finding.get("rule")));
			if (finding.get("rule").equals("OVERLAP_VERTICAL")) {
				overlapsIntroduced.merge(String.valueOf(((List<?>) finding.get("functions")).get(0)), 1, Integer::sum);
			}
		}
		assertThat(overlapsIntroduced).as("""
				the district rules move down with the leads the districts hand to the communes, so a task
				the law gave the districts now addresses the communes (rural and urban development
				included: every district leads them under a DISTRICT rule); left is the new-rural
				programme handed to the 7 + 3 phường of the city and the thị xã, which the commune rule
				(xã and thị trấn) does not task""").isEqualTo(Map.of("AGRI.NTM", 10));
		assertThat(rulesIntroduced).as("and no new GAP: every commune gets the tasks its district led")
			.doesNotContain("GAP");
		Map<?, ?> after = (Map<?, ?>) json.get("after");
		assertThat(((Map<?, ?>) after.get("byLevel")).containsKey("DISTRICT")).as("no district left").isFalse();
		assertThat(((Map<?, ?>) json.get("before")).get("agencies")).isEqualTo(760);
		List<String> moved = ((List<?>) json.get("moved")).stream()
			.map(m -> ((Map<?, ?>) m).get("from") + " → " + ((Map<?, ?>) m).get("to"))
			.distinct()
			.toList();
		assertThat(moved)
			.as("the end of the district tier, body by body: courts and inspectorates up, "
					+ "vocational centres to the education department, the rest down to the communes")
			.contains("TPBL_TAND → BL_TAND", "HD_TTR → BL_TTR", "DH_TTGDNN → BL_SGDDT")
			.noneMatch(m -> m.startsWith("TPBL_TAND → BL.") || m.startsWith("DH_TTGDNN → DH."));

		assertThat(run("scenario", "evaluate", "--as-of", "2025-02-28", "reform-2025")).isZero();
		assertThat(this.out.toString()).startsWith("Scenario reform-2025, evaluated as of 2025-02-28: 14 changes")
			.contains("agencies 760 → 565")
			.contains("Resolved:");

		assertThat(run("scenario", "compare", "--as-of", "2025-02-28", "--to", "2025-03-01", "reform-2025")).isZero();
		assertThat(this.out.toString()).as("""
				the plan leaves 565 bodies; the record of 1 March 2025 has 741: 562 of the plan's bodies by
				code, its new Sở Nông nghiệp và Môi trường by name (the record's BL_SNNMT), and Ban Dân tộc
				và Tôn giáo, which the plan keeps, by the record's events that made it Sở Dân tộc và Tôn
				giáo; wrong is the plan's merged Party board, which the record has only from 1 July; missed
				are the 177 others, mostly the district bodies the record keeps until 1 July""")
			.startsWith("Scenario reform-2025 evaluated as of 2025-02-28, compared with the record of 2025-03-01\n"
					+ "  bodies: 564 matched (1 by name, 1 by the record's events), 177 missed, 1 wrong: 76.0 %\n")
			.contains("  BL_BDT → BL_SDTTG ")
			.contains("Bodies wrong (predicted, not in the record): 1\n")
			.contains("  PLAN_BL_BTGDV_TU ");
		assertThat(run("scenario", "compare", "--as-of", "2025-02-28", "--to", "2025-03-01", "--format", "json",
				"reform-2025"))
			.isZero();
		Map<?, ?> comparison = JsonMapper.builder().build().readValue(this.out.toString(), Map.class);
		assertThat(comparison.keySet().stream().map(Object::toString)).containsExactlyInAnyOrder("scenario", "asOf",
				"to", "summary", "bodies", "leads");
		assertThat(((List<?>) ((Map<?, ?>) comparison.get("bodies")).get("missed"))).hasSize(177);

		assertThat(run("scenario", "compare", "--as-of", "2025-02-28", "--to", "2025-07-01", "--format", "json",
				"reform-2025"))
			.isZero();
		Map<?, ?> july = JsonMapper.builder().build().readValue(this.out.toString(), Map.class);
		Map<?, ?> bodies = (Map<?, ?>) july.get("bodies");
		assertThat(((List<?>) bodies.get("matched")).stream().map(ScenarioCommandTests::pair)).as("""
				held against 1 July 2025, when Bạc Liêu had become part of Cà Mau: Sở Tài chính matches Cà
				Mau's by name (Bạc Liêu counts as Cà Mau, UNIT_MERGE), the provincial Party committee and the
				plan's merged Party board the Cà Mau bodies their tasks went to (TRANSFER)""")
			.contains("BL_STC = CM_STC by NAME", "BL_TU = CM_TU by EVENTS", "PLAN_BL_BTGDV_TU = CM_BTGDV_TU by EVENTS");
		assertThat(((List<?>) bodies.get("matched")).stream().map(ScenarioCommandTests::pair))
			.as("the plan kept Ban Dân tộc và Tôn giáo; the record made it Sở Dân tộc và Tôn giáo, which Cà Mau's took over")
			.contains("BL_BDT = CM_SDTTG by EVENTS");
		assertThat(
				((List<?>) bodies.get("missed")).stream().map(body -> String.valueOf(((Map<?, ?>) body).get("code"))))
			.as("the bodies of Cà Mau's new communes are missed (the plan merges none)")
			.contains("CM_PBACLIEU_UBND")
			.doesNotContain("CM_SDTTG");
		assertThat(((List<?>) bodies.get("wrong")).stream().map(body -> String.valueOf(((Map<?, ?>) body).get("code"))))
			.as("the sub-departments the plan keeps, which the record does not carry into Cà Mau")
			.contains("BL_CC_PTNT")
			.doesNotContain("BL_BDT");

		Path exported = this.temp.resolve("exported.yaml");
		assertThat(run("scenario", "export", "--out", exported.toString(), "reform-2025")).isZero();
		assertThat(Files.readString(exported))
			.contains("  - abolish_level: {level: DISTRICT, policy: DOWN, except: [{kinds: [POLICE, COURT, PROCURACY, "
					+ "INSPECTORATE], policy: UP}, {agencies: [TPBL_TTGDNN, GR_TTGDNN, HD_TTGDNN, PL_TTGDNN, VL_TTGDNN, "
					+ "HB_TTGDNN, DH_TTGDNN], to: BL_SGDDT}]}");

		// The record already holds the reform, so the plan is applied to the state of the
		// day
		// it was made: Bạc Liêu on 28 February 2025, exported without periods
		Path before = this.temp.resolve("2025-02-28");
		assertThat(run("export", "--as-of", "2025-02-28", before.toString())).isZero();
		StoreCleaner.wipe(this.driver);
		assertThat(run("import", before.toString())).isZero();
		assertThat(run("scenario", "import", "seed-data/scenarios/reform-2025.yaml")).isZero();
		assertThat(run("scenario", "apply", "--as-of", "2025-07-01", "reform-2025")).isZero();
		assertThat(run("analyze", "--as-of", "2025-07-01", "--unit", "BL.HD", "--format", "csv")).isEqualTo(1);
		assertThat(this.err.toString()).as("the district is gone for real").contains("no admin unit with code BL.HD");
		assertThat(run("analyze", "--as-of", "2025-06-30", "--unit", "BL.HD", "--format", "csv"))
			.as("and the record of the day before stays")
			.isZero();
		assertThat(run("compare", "--from", "2025-06-30", "--to", "2025-07-01", "--unit", "BL.HD")).isZero();
		assertThat(this.out.toString()).contains("Units ended: 1", "  BL.HD ").contains("Ended: ");

		Path day = this.temp.resolve("2025-07-01");
		assertThat(run("export", "--as-of", "2025-07-01", day.toString())).isZero();
		assertThat(this.out.toString()).startsWith("Exported the state of 2025-07-01 to " + day + ": ");
		assertThat(Files.readString(day.resolve("admin-units.csv"))).as("the districts ended with the reform")
			.startsWith("\uFEFFcode,name,name_en,level,kind,parent_code\n")
			.doesNotContain("DISTRICT");
	}

	@Test
	void aScenarioThatDoesNotFitIsAOneLineErrorThatNamesTheChange() throws Exception {
		assertThat(run("import", "seed-data")).isZero();
		Path file = this.temp.resolve("bad.yaml");
		Files.writeString(file, """
				name: bad
				as_of: 2025-02-28
				changes:
				  - dissolve: { agency: BL_SKHDT }
				  - transfer: { function: FIN.CAPEX, from: BL_SKHDT, to: BL_STC }
				""");
		assertThat(run("scenario", "import", file.toString())).isEqualTo(1);
		assertThat(this.err.toString())
			.startsWith("error: scenario bad: 1 problem: changes[1].transfer.from: BL_SKHDT is DISSOLVED")
			.doesNotContain("\tat ");
		assertThat(run("scenario", "evaluate", "bad")).isEqualTo(1);
		assertThat(this.err.toString())
			.isEqualTo("error: no scenario named bad (none is saved: scenario import FILE saves one)\n");
	}

	private static String pair(Object match) {
		Map<?, ?> m = (Map<?, ?>) match;
		return ((Map<?, ?>) m.get("predicted")).get("code") + " = " + ((Map<?, ?>) m.get("recorded")).get("code")
				+ " by " + m.get("by");
	}

}
