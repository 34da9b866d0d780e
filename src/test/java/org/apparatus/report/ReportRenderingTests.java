package org.apparatus.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.KnowledgeBaseEdits;
import org.apparatus.StoreCleaner;
import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisViews.Count;
import org.apparatus.analysis.Finding;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.FindingStatus;
import org.apparatus.analysis.TinyApparatus;
import org.apparatus.audit.Attribution;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.AgencyStatus;
import org.apparatus.registry.Sector;
import org.apparatus.scenario.ScenarioService;
import org.apparatus.scenario.ScenarioYaml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.apparatus.registry.AdminLevel.COMMUNE;
import static org.apparatus.registry.AdminLevel.DISTRICT;
import static org.apparatus.registry.AdminLevel.PROVINCE;
import static org.apparatus.registry.ReportingLineKind.ADMINISTRATIVE;
import static org.apparatus.registry.ReportingLineKind.PROFESSIONAL;
import static org.apparatus.registry.Role.COORDINATE;
import static org.apparatus.registry.Role.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every format of the report on a small apparatus with a scenario and a justified
 * finding, read back with a real reader (jsoup, PDFBox, POI) and compared with the golden
 * files in {@code src/test/resources/golden/}. After a deliberate change to a renderer,
 * rewrite them with {@code ./mvnw test -Dtest=ReportRenderingTests -Dgolden.update=true}
 * and review the diff.
 */
@EmptyKnowledgeBase
class ReportRenderingTests {

	static final Path GOLDEN = Path.of("src/test/resources/golden");

	static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

	@Autowired
	ReportBuilder builder;

	@Autowired
	ScenarioService scenarios;

	@Autowired
	AnalysisService analysis;

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	String idle;

	@BeforeEach
	void smallApparatusWithAScenarioAndAJustifiedFinding() {
		StoreCleaner.wipe(this.driver);
		try (var session = this.driver.session()) {
			session.run("MATCH (n) WHERE n:Scenario OR n:ChangeEvent OR n:FindingMark DETACH DELETE n").consume();
		}
		new TinyApparatus(this.driver).unit("P", PROVINCE, null)
			.unit("D", DISTRICT, "P")
			.unit("C", COMMUNE, "D")
			.agency("P_UBND", "P", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE, AgencyStatus.ACTIVE)
			.agency("A", "P")
			.agency("B", "P")
			.agency("D_UBND", "D", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE, AgencyStatus.ACTIVE)
			.agency("D_OFF", "D", Sector.STATE, AgencyKind.OFFICE, AgencyStatus.ACTIVE)
			.agency("C_UBND", "C", Sector.STATE, AgencyKind.PEOPLES_COMMITTEE, AgencyStatus.ACTIVE)
			.line("A", "P_UBND", ADMINISTRATIVE)
			.line("B", "P_UBND", ADMINISTRATIVE)
			.line("D_UBND", "P_UBND", ADMINISTRATIVE)
			.line("D_OFF", "D_UBND", ADMINISTRATIVE)
			.line("D_OFF", "A", PROFESSIONAL)
			.line("C_UBND", "D_UBND", ADMINISTRATIVE)
			.mandate("M", "1/2015/NĐ-CP", LocalDate.of(2015, 1, 1), null)
			.function("F", null)
			.function("F1", "F")
			.function("F2", "F")
			.function("G", null)
			.holds("A", "F", LEAD, "M")
			.holds("A", "G", LEAD, "M")
			.holds("B", "F2", LEAD, "M")
			.holds("B", "G", LEAD, "M")
			.holds("P_UBND", "G", COORDINATE, "M")
			.holds("D_OFF", "F1", LEAD, "M")
			.levelRule("F1", DISTRICT, "M");
		KnowledgeBaseEdits.committed(this.driver, this.events, "small apparatus");
		this.scenarios.save(ScenarioYaml.read("""
				name: gop-a-b
				description: Hợp nhất A và B
				changes:
				  - merge: { agencies: [A, B], into: B }
				"""), Attribution.commandLine("test"));
		this.idle = this.analysis.analyze(new AnalysisRequest(AS_OF, List.of(), null))
			.findings()
			.stream()
			.filter(f -> f.rule().equals("IDLE_AGENCY") && f.agencies().contains("C_UBND"))
			.findFirst()
			.orElseThrow()
			.id();
		this.analysis.mark(this.idle, FindingStatus.JUSTIFIED,
				"Ủy ban xã mới thành lập, nhiệm vụ được giao trong quý tới.", AS_OF, new Attribution("editor", "test"));
		try (var session = this.driver.session()) {
			// a fixed moment, for the golden files
			session.run("MATCH (m:FindingMark) SET m.markedAt = datetime('2025-01-02T08:00:00Z')").consume();
		}
	}

	private Report report(String language) {
		return this.builder.build(new ReportRequest(AS_OF, "gop-a-b", null, language));
	}

	/**
	 * The figures the golden files carry, asserted directly, so that rewriting a golden
	 * file cannot hide a wrong count or a lost name.
	 */
	@Test
	void theReportCarriesTheFiguresOfTheApparatus() {
		Report report = report("en");
		assertThat(report.stats().findingsByRule()).filteredOn(count -> count.count() > 0)
			.extracting(Count::key, Count::count)
			.containsExactly(tuple("DUPLICATE", 1), tuple("IDLE_AGENCY", 2), tuple("ORPHAN_AGENCY", 1),
					tuple("OVERLAP_NESTED", 1));
		assertThat(report.stats().findingsBySeverity()).extracting(Count::key, Count::count)
			.containsExactly(tuple("HIGH", 2), tuple("MEDIUM", 1), tuple("LOW", 2), tuple("INFO", 0));
		assertThat(report.findings()).extracting(Finding::rule, Finding::agencies)
			.containsExactly(tuple("DUPLICATE", List.of("A", "B")), tuple("ORPHAN_AGENCY", List.of("P_UBND")),
					tuple("OVERLAP_NESTED", List.of("A", "B")), tuple("IDLE_AGENCY", List.of("D_UBND")));
		assertThat(report.justified()).extracting(Finding::agencies).containsExactly(List.of("C_UBND"));
		assertThat(report.evaluation()).isNotNull();
		assertThat(report.evaluation().resolved()).extracting(Finding::rule).contains("DUPLICATE", "OVERLAP_NESTED");
		assertThat(report.names()).containsEntry("A", "Body A").containsEntry("P", "Đơn vị P");
	}

	@Test
	void markdownInBothLanguages() throws IOException {
		golden("report-vi.md", new String(ReportFormat.MD.render(report("vi")), StandardCharsets.UTF_8));
		golden("report-en.md", new String(ReportFormat.MD.render(report("en")), StandardCharsets.UTF_8));
	}

	@Test
	void htmlIsOneSelfContainedPageWithItsCharts() throws IOException {
		String html = new String(ReportFormat.HTML.render(report("vi")), StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("link[href], script, img[src]")).as("self-contained").isEmpty();
		assertThat(page.select("svg[aria-label]").eachAttr("aria-label")).containsExactly("Phát hiện theo mức độ",
				"Phát hiện theo quy tắc", "Sơ đồ tổ chức — Đơn vị P", "Chồng chéo giữa các cơ quan — Đơn vị P",
				"Cơ quan, tổ chức theo cấp, trước và sau");
		assertThat(page.select("style").html()).contains("@media print");
		assertThat(page.select("a[href^=#]")).as("units and profiles link their findings")
			.isNotEmpty()
			.allSatisfy(link -> assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href"))
				.isNotNull());
		golden("report-vi.html", html);
	}

	@Test
	void pdfHasTheVietnameseTextWithItsFontEmbedded() throws IOException {
		byte[] pdf = ReportFormat.PDF.render(report("vi"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Báo cáo rà soát chức năng, nhiệm vụ của bộ máy", "Phạm vi và nguồn dữ liệu",
					"Căn cứ: 1/2015/NĐ-CP", "Ủy ban xã mới thành lập, nhiệm vụ được giao trong quý tới.");
			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
				}
			}
			assertThat(fonts).isNotEmpty()
				.allSatisfy(font -> assertThat(font).contains("Liberation").doesNotContain("not embedded"));
			golden("report-vi.pdf.txt", text);
		}
	}

	@Test
	void xlsxHasASummaryAndASheetPerRuleWithFiltersAndFrozenHeaders() throws IOException {
		Report report = report("vi");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.render(report)))) {
			List<String> sheets = new ArrayList<>();
			book.forEach(sheet -> sheets.add(sheet.getSheetName()));
			List<String> expected = new ArrayList<>(List.of("Tóm tắt"));
			report.stats().findingsByRule().forEach(rule -> expected.add(rule.key()));
			expected.add("Trách nhiệm chuyển");
			assertThat(sheets).isEqualTo(expected);
			for (var rule : report.stats().findingsByRule()) {
				XSSFSheet sheet = book.getSheet(rule.key());
				assertThat(sheet.getPaneInformation().isFreezePane()).as(rule.key() + " frozen header").isTrue();
				assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(rule.key() + " filters").isTrue();
				assertThat(sheet.getLastRowNum()).as(rule.key() + " one row per finding, justified ones too")
					.isEqualTo(rule.count());
			}
			golden("report-vi.xlsx.txt", cells(book));
		}
	}

	@Test
	void aFormulaLikeTextIsAStringCellMarkedAsTextAndNumbersStayNumbers() throws IOException {
		String note = "=HYPERLINK(\"http://evil.example\",\"x\")";
		this.analysis.mark(this.idle, FindingStatus.JUSTIFIED, note, AS_OF, new Attribution("editor", "test"));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.render(report("en"))))) {
			List<Cell> notes = new ArrayList<>();
			List<Cell> numbers = new ArrayList<>();
			book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
				if (cell.getCellType() == CellType.NUMERIC) {
					numbers.add(cell);
				}
				else if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(note)) {
					notes.add(cell);
				}
			})));
			assertThat(notes).as("the note, as a string cell a spreadsheet shows as text")
				.isNotEmpty()
				.allSatisfy(cell -> {
					assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
					assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
				});
			assertThat(numbers).as("counts stay numbers").isNotEmpty();
		}
	}

	@Test
	void jsonCarriesTheSameFigures() throws IOException {
		golden("report-en.json", new String(ReportFormat.JSON.render(report("en")), StandardCharsets.UTF_8));
	}

	/** Every sheet's cells as text, one row per line, for the golden file. */
	private static String cells(XSSFWorkbook book) {
		StringBuilder text = new StringBuilder();
		book.forEach(sheet -> {
			text.append("== ").append(sheet.getSheetName()).append('\n');
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (Cell cell : row) {
					values.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
							: cell.getStringCellValue());
				}
				text.append(String.join(" | ", values)).append('\n');
			}
		});
		return text.toString();
	}

	/**
	 * Compares with the golden file, the moments of writing and marking aside (they
	 * change on every run); {@code -Dgolden.update=true} writes the golden file instead.
	 */
	static void golden(String file, String actual) throws IOException {
		String normalised = actual.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z?( UTC)?", "<time>");
		Path path = GOLDEN.resolve(file);
		if (Boolean.getBoolean("golden.update")) {
			assertThat(System.getenv("CI"))
				.as("-Dgolden.update=true rewrites the golden files and is for a developer's machine, not CI")
				.isNull();
			Files.writeString(path, normalised, StandardCharsets.UTF_8);
			return;
		}
		if (!Files.exists(path)) {
			fail(path + " does not exist: write it with -Dgolden.update=true and review it");
		}
		assertThat(normalised).as("%s (rewrite with -Dgolden.update=true after a deliberate change)", path)
			.isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
	}

}
