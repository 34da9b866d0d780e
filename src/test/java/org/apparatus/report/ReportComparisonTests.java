package org.apparatus.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Comparison;
import org.apparatus.analysis.DayComparison;
import org.apparatus.analysis.TimeTests;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.system.CypherFile;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report's section "what changed between two days" ({@code report --compare}) on
 * {@link TimeTests}' province, 28 February 2025 beside 1 July 2025, with the merger of
 * departments SA and SB into SAB on 1 March recorded as an event. Expected, by hand from
 * the data set:
 * <ul>
 * <li>28 Feb: 9 active bodies, staff 63 — province 5 (P_HDND, P_UBND, SA 30, SB 20, X_TT
 * 5: 55), district 2 (D_UBND, D_PHONG 8), commune 2 (C1_UBND, C2_UBND); state 8 (58),
 * public service 1 (5); departments 2 (50), office 1 (8), people's committees 4, council
 * 1, centre 1 (5).</li>
 * <li>1 Jul: 6 bodies, staff 55 — province 4 (P_HDND, P_UBND, SAB 50, X_TT 5), district
 * 0, commune 2; state 5 (50), public service 1 (5); department 1 (50), office 0,
 * committees 3, council 1, centre 1 (5).</li>
 * <li>SAB established; D_PHONG, D_UBND, SA ended (no longer recorded), SB merged; SA + SB
 * → SAB on 1 March; district D ended; C1 and C2 (Phường Hai by then, Xã Hai before)
 * re-parented from Huyện Một to Tỉnh Thử; G's lead SA, SB → SAB, F.T1 in D Phòng T →
 * nobody, F.T2 in C1 its committee → nobody; DUPLICATE and MERGER_CANDIDATE resolved,
 * UNFOUNDED, INACTIVE_HOLDER and ORPHAN_AGENCY introduced.</li>
 * </ul>
 */
@EmptyKnowledgeBase
@TestInstance(Lifecycle.PER_CLASS)
class ReportComparisonTests {

	static final LocalDate BEFORE = LocalDate.of(2025, 2, 28);

	static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

	@Autowired
	ReportBuilder builder;

	@Autowired
	DataSetService dataSets;

	@Autowired
	Driver driver;

	@Autowired
	DayComparison comparison;

	@Autowired
	AnalysisService analysis;

	@BeforeAll
	void provinceThroughTheReformWithItsMergerRecorded(@TempDir Path folder) {
		StoreCleaner.wipe(this.driver);
		try (var session = this.driver.session()) {
			session.run("MATCH (n) WHERE n:Scenario OR n:ChangeEvent OR n:FindingMark DETACH DELETE n").consume();
		}
		this.dataSets.importFrom(DataSetSource.folder(TimeTests.reform().writeTo(folder)), ImportProgress.NONE,
				Attribution.commandLine("test"));
		try (var session = this.driver.session()) {
			// recorded as applying a scenario records it
			session
				.run(CypherFile.load("scenario/change-event"),
						Map.ofEntries(Map.entry("code", "reform.2025-03-01.1"), Map.entry("scenario", "reform"),
								Map.entry("index", 1), Map.entry("kind", "MERGE"),
								Map.entry("note", "merge SA, SB into SAB"),
								Map.entry("fromAgencies", List.of("SA", "SB")), Map.entry("toAgencies", List.of("SAB")),
								Map.entry("fromUnits", List.of()), Map.entry("toUnits", List.of()),
								Map.entry("functions", List.of()), Map.entry("asOf", LocalDate.of(2025, 3, 1))))
				.consume();
		}
		// each day's analysis once, outside the comparisons' transactions (a busy
		// machine)
		for (LocalDate day : List.of(BEFORE, LocalDate.of(2025, 3, 1), AFTER)) {
			this.analysis.analyze(new AnalysisRequest(day, List.of(), null));
		}
	}

	private Report report(String language) {
		return this.builder.build(new ReportRequest(AFTER, null, null, language, BEFORE));
	}

	private String render(ReportFormat format, String language) {
		return new String(format.render(report(language)), StandardCharsets.UTF_8);
	}

	@Test
	void jsonCarriesTheFiguresOfBothDaysAndTheChanges() throws Exception {
		Map<String, Object> changes = map(
				JsonMapper.builder().build().readValue(render(ReportFormat.JSON, "en"), Map.class).get("changes"));
		assertThat(changes).containsEntry("from", "2025-02-28").containsEntry("to", "2025-07-01");
		Map<String, Object> before = map(changes.get("before"));
		Map<String, Object> after = map(changes.get("after"));
		assertThat(before).containsEntry("agencies", 9).containsEntry("staffQuota", 63);
		assertThat(after).containsEntry("agencies", 6).containsEntry("staffQuota", 55);
		assertThat(figures(before, "byLevel")).containsExactly(Map.entry("PROVINCE", "5/55"),
				Map.entry("DISTRICT", "2/8"), Map.entry("COMMUNE", "2/0"));
		assertThat(figures(after, "byLevel")).containsExactly(Map.entry("PROVINCE", "4/55"),
				Map.entry("DISTRICT", "0/0"), Map.entry("COMMUNE", "2/0"));
		assertThat(figures(before, "bySector")).isEqualTo(Map.of("PUBLIC_SERVICE", "1/5", "STATE", "8/58"));
		assertThat(figures(after, "bySector")).isEqualTo(Map.of("PUBLIC_SERVICE", "1/5", "STATE", "5/50"));
		assertThat(figures(before, "byKind")).isEqualTo(Map.of("CENTER", "1/5", "DEPARTMENT", "2/50", "OFFICE", "1/8",
				"PEOPLES_COMMITTEE", "4/0", "PEOPLES_COUNCIL", "1/0"));
		assertThat(figures(after, "byKind")).isEqualTo(Map.of("CENTER", "1/5", "DEPARTMENT", "1/50", "OFFICE", "0/0",
				"PEOPLES_COMMITTEE", "3/0", "PEOPLES_COUNCIL", "1/0"));

		Map<?, ?> comparison = (Map<?, ?>) changes.get("comparison");
		assertThat(codes(comparison, "established")).containsExactly("SAB");
		assertThat(codes(comparison, "ended")).containsExactly("D_PHONG", "D_UBND", "SA", "SB");
		assertThat(codes(comparison, "renamed")).isEmpty();
		assertThat((List<?>) comparison.get("merged")).singleElement()
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("code", "reform.2025-03-01.1")
			.containsEntry("date", "2025-03-01")
			.containsEntry("kind", "MERGE")
			.containsEntry("note", "merge SA, SB into SAB")
			.containsEntry("originals", List.of("SA", "SB"))
			.containsEntry("results", List.of("SAB"));
		assertThat(codes(comparison, "unitsEnded")).containsExactly("D");
		assertThat(codes(comparison, "reparented")).containsExactly("C1", "C2");
		assertThat(((List<?>) comparison.get("leads")).stream()
			.map(l -> (Map<?, ?>) l)
			.map(l -> l.get("function") + " in " + l.get("unit") + ": " + l.get("before") + " → " + l.get("after")))
			.containsExactly("F.T1 in D: [D_PHONG] → []", "F.T2 in C1: [C1_UBND] → []", "G in P: [SA, SB] → [SAB]");
		assertThat(comparison.get("staff")).isEqualTo(Map.of("agenciesBefore", 9, "agenciesAfter", 6, "quotaBefore", 63,
				"quotaAfter", 55, "quotaRecordedBefore", true, "quotaRecordedAfter", true));
		assertThat(rules(comparison, "resolved")).containsExactlyInAnyOrder("DUPLICATE", "MERGER_CANDIDATE");
		assertThat(rules(comparison, "introduced")).containsExactlyInAnyOrder("UNFOUNDED", "INACTIVE_HOLDER",
				"ORPHAN_AGENCY");
		assertThat(comparison.get("unchanged")).isEqualTo(0);
		assertThat(map(changes.get("namesBefore"))).containsEntry("C2", "Commune Two")
			.containsEntry("SA", "Department A");
		assertThat(map(changes.get("namesAfter"))).containsEntry("C2", "Ward Two")
			.containsEntry("SAB", "Department A-B");
	}

	@Test
	void markdownHasTheSectionWithTheFiguresAndTheListsNamedAsOfEachDay() {
		String vi = render(ReportFormat.MD, "vi");
		assertThat(vi).contains("- So sánh với ngày: **2025-02-28**",
				"## 6. Những thay đổi từ ngày 2025-02-28 đến ngày 2025-07-01\n",
				"| | Cơ quan, tổ chức ngày 2025-02-28 | 2025-07-01 | Biên chế ngày 2025-02-28 | 2025-07-01 |",
				"| Tổng cộng | 9 | 6 | 63 | 55 |",
				"| **Theo cấp** | | | | |\n| Tỉnh | 5 | 4 | 55 | 55 |\n"
						+ "| Huyện | 2 | 0 | 8 | 0 |\n| Xã | 2 | 2 | 0 | 0 |\n",
				"| Nhà nước | 8 | 5 | 58 | 50 |", "| Sự nghiệp công lập | 1 | 1 | 5 | 5 |",
				"| Sở, ngành | 2 | 1 | 50 | 50 |", "| Văn phòng | 1 | 0 | 8 | 0 |",
				"| Ủy ban nhân dân | 4 | 3 | 0 | 0 |",
				"### Cơ quan, tổ chức được thành lập (1)\n\n| Cơ quan, tổ chức | Địa bàn | Biên chế |\n|---|---|---|\n"
						+ "| Sở A-B | Tỉnh Thử | 50 |\n",
				"### Cơ quan, tổ chức kết thúc hoạt động (4)", "| Phòng T | Huyện Một | 8 | Không còn trong hồ sơ |",
				"| Sở B | Tỉnh Thử | 20 | Đã hợp nhất, sáp nhập |", "| 2025-03-01 | Sở A, Sở B | Sở A-B |",
				"### Cơ quan, tổ chức đổi tên (0)\n\nKhông có.", "| Huyện Một | Huyện | Tỉnh Thử |",
				"| Xã Một | Xã | Huyện Một | Tỉnh Thử |", "| Phường Hai | Xã | Huyện Một | Tỉnh Thử |",
				"### Chức năng, nhiệm vụ thay đổi cơ quan chủ trì (3)\n\n"
						+ "| Chủ trì ngày 2025-02-28 | Chủ trì ngày 2025-07-01 | Số nhiệm vụ | Chức năng, nhiệm vụ |\n"
						+ "|---|---|---|---|\n| Phòng T | (không ai) | 1 | Nhiệm vụ T1 |\n"
						+ "| Sở A, Sở B | Sở A-B | 1 | Nhiệm vụ G |\n"
						+ "| Ủy ban nhân dân xã Một | (không ai) | 1 | Nhiệm vụ T2 |\n",
				"Phát hiện được giải quyết: 2; phát sinh: 3; không đổi: 0.",
				"### Phát hiện ngày 2025-02-28 không còn ngày 2025-07-01\n\n- **DUPLICATE-",
				"Sở A và Sở B cùng chủ trì “Nhiệm vụ G” tại Tỉnh Thử", "### Phát hiện mới ngày 2025-07-01 (3)",
				"- INACTIVE_HOLDER (1): INACTIVE_HOLDER-", "- ORPHAN_AGENCY (1): ORPHAN_AGENCY-",
				"- UNFOUNDED (1): UNFOUNDED-")
			.containsSubsequence("## 5. Theo địa bàn", "## 6. Những thay đổi", "## 7. Các phát hiện được chấp nhận");
		String en = render(ReportFormat.MD, "en");
		assertThat(en).contains("## 6. What changed between 2025-02-28 and 2025-07-01",
				"| | Bodies on 2025-02-28 | 2025-07-01 | Staff quota on 2025-02-28 | 2025-07-01 |",
				"| District | 2 | 0 | 8 | 0 |", "| Department A-B | Test Province | 50 |",
				"| Department B | Test Province | 20 | Merged |",
				"| Ward Two | Commune | District One | Test Province |",
				"| Department A, Department B | Department A-B | 1 | Task G |",
				"Findings resolved: 2; introduced: 3; unchanged: 0.");
		assertThat(ReportFormat.MD.render(this.builder.build(new ReportRequest(AFTER, null, null, "vi"))))
			.asString(StandardCharsets.UTF_8)
			.as("no section unless asked for")
			.doesNotContain("Những thay đổi");
	}

	@Test
	void htmlAndPdfShowTheSectionWithItsCharts() throws Exception {
		Document page = Jsoup.parse(render(ReportFormat.HTML, "vi"));
		assertThat(page.select("h2").eachText()).contains("6. Những thay đổi từ ngày 2025-02-28 đến ngày 2025-07-01");
		assertThat(page.select("svg[aria-label]").eachAttr("aria-label")).contains(
				"Cơ quan, tổ chức và biên chế theo cấp", "Cơ quan, tổ chức và biên chế theo khối",
				"Cơ quan, tổ chức và biên chế theo loại hình");
		var byLevel = page.selectFirst("svg[aria-label=Cơ quan, tổ chức và biên chế theo cấp]");
		assertThat(byLevel.select("text").eachText()).containsSubsequence("2025-02-28", "2025-07-01",
				"Cơ quan, tổ chức", "Biên chế", "Tỉnh", "5", "4", "55", "55", "Huyện", "2", "0", "8", "0", "Xã", "2",
				"2");
		assertThat(page.text()).contains("Sở A-B", "Phường Hai", "Đã hợp nhất, sáp nhập");

		try (PDDocument pdf = Loader.loadPDF(ReportFormat.PDF.render(report("vi")))) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Những thay đổi từ ngày 2025-02-28 đến ngày 2025-07-01",
					"Cơ quan, tổ chức được thành lập (1)", "Địa bàn thay đổi trực thuộc (2)", "Phường Hai",
					"Chức năng, nhiệm vụ thay đổi cơ quan chủ trì (3)");
		}
	}

	@Test
	void xlsxHasASheetWithTheFiguresAsNumbers() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.render(report("en"))))) {
			XSSFSheet sheet = book.getSheet("Two days compared");
			assertThat(sheet).isNotNull();
			List<String> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
							: cell.getStringCellValue());
				}
				rows.add(String.join(" | ", cells));
			}
			assertThat(rows).contains("Total | 9 | 6 | 63 | 55", "Province | 5 | 4 | 55 | 55",
					"District | 2 | 0 | 8 | 0", "Commune | 2 | 2 | 0 | 0", "Department | 2 | 1 | 50 | 50",
					"Bodies established (1)", "Department A-B | Test Province | 50", "Functions whose lead changed (3)",
					"Task T1 | District One | Office T | (nobody)", "Findings unchanged | 0");
		}
	}

	@Test
	void aMergerCountsFromItsDayOn() {
		assertThat(this.comparison.compare(BEFORE, LocalDate.of(2025, 3, 1), null).merged())
			.as("a merger dated the later day is in that day's record")
			.extracting(Comparison.Event::results)
			.containsExactly(List.of("SAB"));
		assertThat(this.comparison.compare(LocalDate.of(2025, 3, 1), AFTER, null).merged())
			.as("a merger dated the earlier day already was in its record")
			.isEmpty();
	}

	@Test
	void aDayToCompareWithMustComeBeforeTheAnalysisDay() {
		for (LocalDate day : List.of(AFTER, AFTER.plusDays(1))) {
			assertThatThrownBy(() -> this.builder.check(new ReportRequest(AFTER, null, null, "vi", day)))
				.isInstanceOfSatisfying(InvalidArgumentException.class,
						ex -> assertThat(ex.argument()).isEqualTo("compare"))
				.hasMessage(
						"compare: the day to compare with must be before the analysis day (2025-07-01), not " + day);
		}
	}

	private static Map<String, String> figures(Map<?, ?> day, String dimension) {
		Map<String, String> figures = new java.util.LinkedHashMap<>();
		((Map<?, ?>) day.get(dimension)).forEach((key, value) -> figures.put((String) key,
				((Map<?, ?>) value).get("agencies") + "/" + ((Map<?, ?>) value).get("staffQuota")));
		return figures;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static List<String> codes(Map<?, ?> comparison, String list) {
		return ((List<?>) comparison.get(list)).stream().map(x -> (String) ((Map<?, ?>) x).get("code")).toList();
	}

	private static List<String> rules(Map<?, ?> comparison, String list) {
		return ((List<?>) comparison.get(list)).stream().map(x -> (String) ((Map<?, ?>) x).get("rule")).toList();
	}

}
