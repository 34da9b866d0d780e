package org.apparatus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apparatus.EmptyKnowledgeBase;
import org.apparatus.StoreCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report} on the seed province: its figures are the analysis's, in Vietnamese and
 * English, with a scenario.
 */
@EmptyKnowledgeBase
class ReportCommandTests {

	@Autowired
	CommandFactory commands;

	@Autowired
	Driver driver;

	@TempDir
	Path temp;

	StringWriter out = new StringWriter();

	private int run(String... args) {
		this.out = new StringWriter();
		return ApparatusCli.run(this.commands, new PrintWriter(this.out, true),
				new PrintWriter(new StringWriter(), true), args);
	}

	@Test
	void theReportCarriesTheAnalysisFiguresInEitherLanguageAndTheScenario() throws Exception {
		StoreCleaner.wipe(this.driver);
		assertThat(run("import", "seed-data")).isZero();
		assertThat(run("scenario", "import", "seed-data/scenarios/reform-2025.yaml")).isZero();

		assertThat(run("analyze", "--as-of", "2025-02-28", "--format", "json")).isZero();
		Map<?, ?> analysis = JsonMapper.builder().build().readValue(this.out.toString(), Map.class);

		Path json = this.temp.resolve("report.json");
		assertThat(run("report", "--as-of", "2025-02-28", "--format", "json", "--out", json.toString())).isZero();
		Map<?, ?> report = JsonMapper.builder().build().readValue(Files.readString(json), Map.class);
		assertThat(report.get("findingsByRule")).isEqualTo(((Map<?, ?>) analysis.get("summary")).get("byRule"));
		assertThat(((List<?>) report.get("findings")))
			.hasSize((Integer) ((Map<?, ?>) analysis.get("summary")).get("total"));
		assertThat(((Map<?, ?>) report.get("scope")).get("agencies")).isEqualTo(760);
		assertThat((List<?>) report.get("agencies")).hasSize(760);

		Path vi = this.temp.resolve("bao-cao.md");
		// the plan is evaluated on the day it was made (its as_of): Bạc Liêu before the
		// reform
		assertThat(run("report", "--as-of", "2025-02-28", "--scenario", "reform-2025", "--out", vi.toString()))
			.isZero();
		String markdown = Files.readString(vi);
		assertThat(markdown)
			.startsWith("# Báo cáo rà soát chức năng, nhiệm vụ của bộ máy và phương án sắp xếp `reform-2025`")
			.contains("## 1. Phạm vi và nguồn dữ liệu", "## 2. Tóm tắt", "## 3. Các phát hiện theo quy tắc và mức độ",
					"## 4. Đề xuất hợp nhất", "## 5. Theo địa bàn", "## 6. Phương án sắp xếp `reform-2025`",
					"## 7. Các phát hiện được chấp nhận", "## Phụ lục: hồ sơ cơ quan")
			// the staff quotas of agencies.csv summed over the 760 bodies of 28 February
			// 2025
			.contains("| Tổng cộng | 760 | 565 | 2.559 | 2.559 |", "| Huyện | 189 | 0 | ")
			.containsPattern("- Bộ dữ liệu: \\*\\*seed-data, nạp lúc \\d{4}-\\d{2}-\\d{2}T[0-9:]+ UTC\\*\\*")
			.contains("Sở Kế hoạch và Đầu tư và Sở Tài chính cùng chủ trì");

		Path en = this.temp.resolve("report.md");
		assertThat(run("report", "--as-of", "2025-02-28", "--lang", "en", "--out", en.toString())).isZero();
		assertThat(Files.readString(en)).startsWith("# Review of the apparatus's functions and tasks")
			.contains("## 3. Findings by rule and severity",
					"Department of Planning and Investment and Department of Finance each lead",
					"Staff quota: **2,559**");

		Path html = this.temp.resolve("bao-cao.html");
		assertThat(run("report", "--as-of", "2025-02-28", "--scenario", "reform-2025", "--format", "html", "--out",
				html.toString()))
			.isZero();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(html));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
		assertThat(page.select("h2").eachText()).startsWith("1. Phạm vi và nguồn dữ liệu", "2. Tóm tắt",
				"3. Các phát hiện theo quy tắc và mức độ", "4. Đề xuất hợp nhất", "5. Theo địa bàn",
				"6. Phương án sắp xếp reform-2025", "7. Các phát hiện được chấp nhận");
		assertThat(page.select("svg[aria-label]").eachAttr("aria-label")).containsExactly("Phát hiện theo mức độ",
				"Phát hiện theo quy tắc", "Sơ đồ tổ chức — Tỉnh Bạc Liêu", "Sơ đồ tổ chức — Tỉnh Bạc Liêu (tiếp)",
				"Chồng chéo giữa các cơ quan — Tỉnh Bạc Liêu", "Cơ quan, tổ chức theo cấp, trước và sau");
		assertThat(page.select("link[href], script[src], img[src]")).as("self-contained").isEmpty();
		assertThat(page.select("li").eachText())
			.anySatisfy(item -> assertThat(item).contains("DUPLICATE-b3a174b0a9d7"));

		Path pdf = this.temp.resolve("bao-cao.pdf");
		assertThat(run("report", "--as-of", "2025-02-28", "--scenario", "reform-2025", "--out", pdf.toString()))
			.as("the format follows the file's extension")
			.isZero();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper firstPage = new PDFTextStripper();
			firstPage.setEndPage(1);
			assertThat(firstPage.getText(document)).contains("Báo cáo rà soát chức năng, nhiệm vụ của bộ máy",
					"Cơ quan, tổ chức đang hoạt động 760", "Biên chế 2.559");
		}

		Path xlsx = this.temp.resolve("report.xlsx");
		assertThat(run("report", "--as-of", "2025-02-28", "--lang", "en", "--format", "xlsx", "--out", xlsx.toString()))
			.isZero();
		Map<?, ?> byRule = (Map<?, ?>) ((Map<?, ?>) analysis.get("summary")).get("byRule");
		try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
			byRule.forEach((rule, count) -> assertThat(book.getSheet((String) rule).getLastRowNum())
				.as("a row per %s finding", rule)
				.isEqualTo(count));
		}
		assertThat(run("report", "--format", "docx", "--out", en.toString())).isEqualTo(2);
	}

	@Test
	void aDayToCompareWithThatIsNoDayOrNotBeforeTheAnalysisDayIsAUsageError() {
		Path out = this.temp.resolve("never.md");
		StringWriter err = new StringWriter();
		assertThat(
				ApparatusCli.run(this.commands, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
						"report", "--as-of", "2025-07-01", "--compare", "2025-07-01", "--out", out.toString()))
			.isEqualTo(2);
		assertThat(err.toString()).contains(
				"--compare: the day to compare with must be before the analysis day (2025-07-01), not 2025-07-01");
		err = new StringWriter();
		assertThat(ApparatusCli.run(this.commands, new PrintWriter(new StringWriter(), true),
				new PrintWriter(err, true), "report", "--compare", "28/02/2025", "--out", out.toString()))
			.isEqualTo(2);
		assertThat(err.toString()).contains("--compare").contains("28/02/2025");
		assertThat(out).doesNotExist();
	}

}
