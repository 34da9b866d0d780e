package org.apparatus.report;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apparatus.ApiUsers;
import org.apparatus.SeededKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reports over GraphQL (a download link at once) and HTTP (the file streamed), on the
 * seed province.
 */
@SeededKnowledgeBase
class ReportDownloadTests {

	static final RequestPostProcessor VIEWER = httpBasic("viewer", "viewer");

	static final String GENERATE = """
			mutation($format: ReportFormat!, $unit: ID) {
			  generateReport(format: $format, asOf: "2025-02-28", unit: $unit) { id url fileName mediaType format }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MockMvc mvc;

	/** GETs a report, waiting (as an HTTP client would) until it is written. */
	private MvcResult download(String path) throws Exception {
		MvcResult started = this.mvc.perform(get(path).with(VIEWER)).andReturn();
		if (!started.getRequest().isAsyncStarted()) {
			return started;
		}
		started.getAsyncResult(120_000);
		return this.mvc.perform(asyncDispatch(started)).andReturn();
	}

	@Test
	void theLinkIsBuiltFromConfigurationNotFromTheRequestsHost() {
		String url = ApiUsers.viewer(this.graphQl)
			.mutate()
			.header("Host", "evil.example")
			.build()
			.document(GENERATE)
			.variable("format", "MD")
			.execute()
			.path("generateReport.url")
			.entity(String.class)
			.get();
		assertThat(url).startsWith("http://localhost:").doesNotContain("evil");
	}

	@Test
	void aViewerAsksForAPdfThroughGraphQlAndDownloadsItFromTheLink() throws Exception {
		var response = ApiUsers.viewer(this.graphQl).document(GENERATE).variable("format", "PDF").execute();
		String url = response.path("generateReport.url").entity(String.class).get();
		response.path("generateReport.fileName").entity(String.class).isEqualTo("bao-cao-2025-02-28.pdf");
		response.path("generateReport.mediaType").entity(String.class).isEqualTo("application/pdf");
		assertThat(url).matches("https?://[^/]+/reports/[0-9a-f-]{36}");

		MvcResult result = download(URI.create(url).getPath());
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"bao-cao-2025-02-28.pdf\"");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Báo cáo rà soát chức năng, nhiệm vụ của bộ máy",
					"Cơ quan, tổ chức đang hoạt động 760");
		}

		String id = url.substring(url.lastIndexOf('/') + 1);
		ApiUsers.viewer(this.graphQl)
			.document("query($id: ID!) { reportDownload(id: $id) { ready size } }")
			.variable("id", id)
			.execute()
			.path("reportDownload.ready")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("reportDownload.size")
			.entity(Integer.class)
			.isEqualTo(result.getResponse().getContentAsByteArray().length);
	}

	@Test
	void aReportIsStreamedStraightFromItsParameters() throws Exception {
		MvcResult result = download("/reports?format=xlsx&lang=en&asOf=2025-02-28");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"report-2025-02-28.xlsx\"");
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Summary");
			assertThat(book.getSheet("DUPLICATE")).isNotNull();
		}
	}

	@Test
	void badParametersAreRefusedNamingTheParameter() throws Exception {
		ApiUsers.viewer(this.graphQl)
			.document(GENERATE)
			.variable("format", "HTML")
			.variable("unit", "XX")
			.execute()
			.errors()
			.expect(error -> "unit".equals(error.getExtensions().get("argument"))
					&& error.getMessage().contains("no admin unit with code XX"));

		assertThat(problem(download("/reports?format=docx"), 400)).containsEntry("argument", "format")
			.containsEntry("detail", "format: the report's format is html, pdf, md, xlsx or json, not docx");
		assertThat(problem(download("/reports?scenario=nothing-saved"), 404)).containsEntry("argument", "scenario");
		assertThat(problem(download("/reports?asOf=yesterday"), 400)).containsEntry("argument", "asOf");
		assertThat(problem(download("/reports?compare=28/02/2025"), 400)).containsEntry("argument", "compare")
			.containsEntry("detail", "compare: cannot read 28/02/2025 as a day (YYYY-MM-DD)");
		assertThat(problem(download("/reports?asOf=2025-02-28&compare=2025-07-01"), 400))
			.containsEntry("argument", "compare")
			.containsEntry("detail",
					"compare: the day to compare with must be before the analysis day (2025-02-28), not 2025-07-01");
		assertThat(problem(download("/reports/00000000-0000-0000-0000-000000000000"), 404)).containsEntry("argument",
				"id");
		this.mvc.perform(get("/reports?format=md"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"));
	}

	private static Map<String, Object> problem(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		return JsonMapper.builder()
			.build()
			.readValue(result.getResponse().getContentAsByteArray(),
					new tools.jackson.core.type.TypeReference<Map<String, Object>>() {
					});
	}

}
