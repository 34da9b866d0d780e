package org.apparatus.workbench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apparatus.dataset.DataSetProblem;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetTemplate;
import org.apparatus.dataset.UploadedDataSet;
import org.apparatus.registry.AgencyKind;
import org.apparatus.scenario.Change;
import org.apparatus.scenario.Evaluation;
import org.apparatus.scenario.Scenario;
import org.apparatus.scenario.ScenarioService;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.apparatus.analysis.FindingStatus;
import org.apparatus.analysis.PlannerQueries;
import org.apparatus.analysis.Severity;
import org.apparatus.audit.Attribution;
import org.apparatus.system.KnowledgeBaseRevision;
import org.apparatus.registry.AdminUnit;
import org.apparatus.registry.RegistryBrowser;
import org.apparatus.registry.RegistryBrowser.Hit;
import org.apparatus.registry.RegistryBrowser.HitKind;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a planner sees in the workbench, in a real browser, on the seed province. Figures
 * on the pages are compared with the services' own answers, not with numbers written
 * here, so the seed may change.
 */
class WorkbenchBrowserTests extends BrowserTest {

	@Autowired
	RegistryBrowser registry;

	@Autowired
	AnalysisService analysis;

	@Autowired
	PlannerQueries planner;

	@Autowired
	org.apparatus.report.UnitPictures pictures;

	@Autowired
	org.apparatus.scenario.ScenarioService scenarios;

	@Autowired
	org.apparatus.analysis.DayComparison comparison;

	@Autowired
	org.neo4j.driver.Driver driver;

	LocalDate day() {
		return this.analysis.defaultParameters().asOf();
	}

	AdminUnit top() {
		return Scope.tree(this.registry.units(day())).get(0).unit();
	}

	@Test
	void aPlannerSignsInWithTheFormAndSeesTheOverviewOfTheProvince() {
		open("/");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		signIn("viewer", "viewer");
		AdminUnit top = top();
		int bodies = this.registry.agencies(top.code(), true, day()).size();
		int open = this.analysis.analyze(new AnalysisRequest(day(), List.of(), top.code())).notJustified().size();
		assertThat(bodies).isPositive();
		assertThat(text(By.id("unit-name"))).isEqualTo(top.name());
		// the province's kind is its level: said once ("tỉnh", not "tỉnh, cấp tỉnh")
		assertThat(text(By.id("unit-kind"))).isEqualTo("Loại đơn vị hành chính: tỉnh");
		assertThat(text(By.id("body-count"))).isEqualTo(String.valueOf(bodies));
		assertThat(text(By.id("open-count"))).isEqualTo(String.valueOf(open));
		// a staff quota nobody recorded is said so, not shown as 0
		var located = this.registry.agencies(top.code(), true, day());
		boolean recorded = located.stream().anyMatch(b -> b.agency().staffQuota() != null);
		long staff = located.stream()
			.mapToLong(b -> b.agency().staffQuota() == null ? 0 : b.agency().staffQuota())
			.sum();
		assertThat(text(By.id("staff"))).isEqualTo(recorded ? String.valueOf(staff) : "chưa có số liệu");
		assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSizeGreaterThanOrEqualTo(5);
		assertThat(browser.findElements(By.cssSelector("#serious tbody tr"))).isNotEmpty();
		screenshot("overview");
	}

	@Test
	void aWrongPasswordIsSaidInWordsAndLetsNobodyIn() {
		signIn("viewer", "not-the-password");
		assertThat(text(By.id("login-error"))).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		open("/findings");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void theApiStillAsksProgramsForBasicAuthentication() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> graphQl = http.send(HttpRequest.newBuilder(URI.create(url("/graphql")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(graphQl.statusCode()).isEqualTo(401);
		assertThat(graphQl.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
	}

	@Test
	void aSearchWithoutDiacriticsFindsTheBodyAndItsPageListsItsResponsibilities() {
		signIn("viewer", "viewer");
		type(By.id("nav-q"), "so tai chinh");
		clickAndWait(By.cssSelector("form.search button"));
		Hit expected = this.registry.search("so tai chinh", 50, day())
			.stream()
			.filter(h -> h.type() == HitKind.AGENCY)
			.findFirst()
			.orElseThrow();
		assertThat(expected.name()).startsWith("Sở Tài chính");
		WebElement link = browser.findElement(By.linkText(expected.name()));
		link.click();
		assertThat(text(By.id("body-name"))).isEqualTo(expected.name());
		assertThat(text(By.id("body-code"))).isEqualTo(expected.code());
		var profile = this.registry.profile(expected.code(), day());
		assertThat(profile.responsibilities()).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#responsibilities tr.responsibility")))
			.hasSize(profile.responsibilities().size());
		String firstFunction = profile.responsibilities().get(0).function().name();
		assertThat(text(By.id("responsibilities"))).contains(firstFunction);
		screenshot("body");
	}

	@Test
	void aFunctionPageShowsWhoHoldsItInEachUnitByRole() {
		signIn("viewer", "viewer");
		Hit body = this.registry.search("so tai chinh", 50, day())
			.stream()
			.filter(h -> h.type() == HitKind.AGENCY)
			.findFirst()
			.orElseThrow();
		open("/bodies/" + body.code());
		var held = this.registry.profile(body.code(), day()).responsibilities().get(0);
		clickAndWait(By.linkText(held.function().name()));
		assertThat(text(By.id("function-name"))).isEqualTo(held.function().name());
		var coverage = this.planner.coverage(held.function().code(), top().code(), day());
		assertThat(browser.findElements(By.cssSelector("#matrix li.holder"))).hasSize(coverage.entries().size());
		assertThat(text(By.id("matrix"))).contains(body.name());
	}

	@Test
	void theFindingsFilterNarrowsTheList() throws Exception {
		// 28 February 2025: findings of two severities (today's Cà Mau has one finding)
		LocalDate day = LocalDate.of(2025, 2, 28);
		signIn("viewer", "viewer");
		open("/findings?day=" + day);
		List<Finding> all = this.analysis.analyze(new AnalysisRequest(day, List.of(), "BL")).findings();
		long high = all.stream().filter(f -> f.severity() == Severity.HIGH).count();
		assertThat(high).isPositive().isLessThan(all.size());
		assertThat(text(By.id("findings-total"))).startsWith(all.size() + " ");
		new Select(browser.findElement(By.id("f-severity"))).selectByValue("HIGH");
		clickAndWait(By.id("filter-apply"));
		assertThat(text(By.id("findings-total"))).startsWith(high + " ");
		List<WebElement> rows = browser.findElements(By.cssSelector("#findings tr.finding"));
		assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getDomAttribute("data-severity")).isEqualTo("HIGH"));
		assertThat(browser.findElement(By.id("export-csv")).getDomAttribute("href")).contains("severity=HIGH");
		// the CSV starts with the byte-order mark, as export and analyze --format csv
		// write it
		String csv = new String(
				download(browser.findElement(By.id("export-csv")).getDomProperty("href"), "text/csv;charset=UTF-8"),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFid,");
		assertThat(csv.lines().count()).isEqualTo(high + 1);
	}

	@Test
	void aViewerSeesNoMarkFormAndCannotMarkAFinding() {
		Finding finding = anOpenFinding();
		signIn("viewer", "viewer");
		open("/findings/" + finding.id());
		assertThat(text(By.id("finding-id"))).isEqualTo(finding.id());
		assertThat(browser.findElements(By.id("mark"))).isEmpty();
		// a forged form with the viewer's own CSRF token is refused all the same
		browser.executeScript("""
				const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];
				for (const [n, v] of [['status', 'JUSTIFIED'], ['note', 'forged'],
				    ['_csrf', document.querySelector('form.signout input[name=_csrf]').value]]) {
				  const i = document.createElement('input'); i.name = n; i.value = v; f.appendChild(i); }
				document.body.appendChild(f); f.submit();""", url("/findings/" + finding.id() + "/mark"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
			.until(d -> d.getCurrentUrl().endsWith("/mark"));
		assertThat(text(By.id("problem"))).contains("không có quyền");
		assertThat(this.analysis.finding(finding.id(), day()).orElseThrow().status()).isEqualTo(FindingStatus.OPEN);
	}

	@Test
	void anEditorMarksAFindingJustifiedAndFindsItAmongTheJustified() {
		Finding finding = anOpenFinding();
		try {
			signIn("editor", "editor");
			open("/findings/" + finding.id());
			browser.findElement(By.id("mark-JUSTIFIED")).click();
			type(By.id("mark-note"), "Phân công có chủ đích theo quy chế phối hợp");
			clickAndWait(By.id("mark-submit"));
			assertThat(text(By.id("marked"))).isEqualTo("Đã lưu đánh dấu.");
			assertThat(text(By.id("finding-status"))).isEqualTo("Được chấp nhận");
			assertThat(text(By.id("finding-mark"))).contains("editor").contains("Phân công có chủ đích");
			open("/findings?status=JUSTIFIED");
			assertThat(browser.findElements(By.linkText(finding.explanation().vi()))).hasSize(1);
		}
		finally {
			this.analysis.mark(finding.id(), FindingStatus.OPEN, "", day(), new Attribution("test", null));
		}
	}

	@Test
	void anEmptyFindingsListSaysSoInWordsWithoutAnEmptyTableOrDownloads() {
		AdminUnit top = top();
		List<Finding> findings = this.analysis.analyze(new AnalysisRequest(day(), List.of(), top.code())).findings();
		String quiet = this.analysis.catalog()
			.rules()
			.stream()
			.map(org.apparatus.analysis.Rule::id)
			.filter(id -> findings.stream().noneMatch(f -> f.rule().equals(id)))
			.findFirst()
			.orElseThrow();
		signIn("viewer", "viewer");
		open("/findings?lang=en&unit=" + top.code() + "&rule=" + quiet);
		assertThat(text(By.id("findings-total"))).isEqualTo("0 findings");
		assertThat(text(By.id("findings-none"))).isEqualTo("No finding matches this unit, day and filter.");
		assertThat(browser.findElements(By.id("findings"))).isEmpty();
		assertThat(browser.findElements(By.id("export-csv"))).isEmpty();
		// one finding is one, not "1 findings"
		open("/findings?lang=en&unit=" + top.code() + "&rule=" + findings.get(0).rule() + "&severity="
				+ findings.get(0).severity() + "&status=" + findings.get(0).status());
		long same = findings.stream()
			.filter(f -> f.rule().equals(findings.get(0).rule()) && f.severity() == findings.get(0).severity()
					&& f.status() == findings.get(0).status())
			.count();
		assertThat(text(By.id("findings-total"))).isEqualTo(same == 1 ? "1 finding" : same + " findings");
	}

	@Test
	void theEnglishSwitchIsKeptFromPageToPage() {
		signIn("viewer", "viewer");
		assertThat(text(By.tagName("h1"))).startsWith("Tổng quan bộ máy");
		clickAndWait(By.id("lang-en"));
		assertThat(text(By.tagName("h1"))).startsWith("The apparatus at a glance");
		clickAndWait(By.id("nav-findings"));
		assertThat(text(By.tagName("h1"))).startsWith("Findings");
		assertThat(text(By.id("findings-total"))).matches("1 finding|\\d[\\d,]* findings");
		clickAndWait(By.id("lang-vi"));
		assertThat(text(By.tagName("h1"))).startsWith("Phát hiện");
	}

	@Test
	void theUnitPickerNarrowsTheOverviewToAUnitAndKeepsIt() {
		// 28 February 2025: Bạc Liêu with its districts (the record holds no unit below
		// today's Cà Mau)
		LocalDate day = LocalDate.of(2025, 2, 28);
		signIn("viewer", "viewer");
		open("/?day=" + day);
		var tree = Scope.tree(this.registry.units(day));
		AdminUnit district = tree.stream().filter(e -> e.depth() == 1).findFirst().orElseThrow().unit();
		new Select(browser.findElement(By.id("scope-unit"))).selectByValue(district.code());
		clickAndWait(By.id("scope-apply"));
		assertThat(text(By.id("unit-name"))).isEqualTo(district.name());
		assertThat(text(By.id("body-count")))
			.isEqualTo(String.valueOf(this.registry.agencies(district.code(), true, day).size()));
		clickAndWait(By.id("nav-findings"));
		assertThat(
				new Select(browser.findElement(By.id("scope-unit"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo(district.code());
	}

	/**
	 * The day of the tests of the graph, the chart, the heat map, the mergers and the
	 * history: one on which the seed and the record of the 2025 reform agree (the
	 * pre-reform codes hold until 1 March 2025).
	 */
	static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 2, 28);

	/** Sở Tài chính of Bạc Liêu, in the seed and in the record on that day. */
	static final String FINANCE = "BL_STC";

	static final String PROVINCE = "BL";

	static final String SCOPE = "?unit=" + PROVINCE + "&day=" + BEFORE_REFORM;

	@Test
	void aCommuneOfficeSeesItsCommitteeAndTheDepartmentsOfItsFieldBeforeTheOtherCommunes() {
		// the bodies a page shows as sharing functions: its own unit's first, then the
		// other tiers', and only then the same office of the other 63 communes, which
		// share the most
		List<String> codes = this.registry
			.neighbours("CM_XCHAUTHOI_PKT", LocalDate.of(2026, 12, 5), GraphController.NEIGHBOURS)
			.stream()
			.map(n -> n.code())
			.distinct()
			.toList();
		assertThat(codes.subList(0, 2)).containsExactlyInAnyOrder("CM_XCHAUTHOI_UBND", "CM_XCHAUTHOI_HDND");
		assertThat(codes).contains("CM_SNNMT", "CM_STC", "CM_SXD");
		assertThat(codes.indexOf("CM_XANTRACH_PKT")).isGreaterThan(codes.indexOf("CM_SNNMT"));
	}

	@Test
	void aBodysGraphShowsItsNeighbourhoodAndAClickOnABodyWalksToIt() {
		signIn("viewer", "viewer");
		open("/bodies/" + FINANCE + SCOPE);
		var profile = this.registry.profile(FINANCE, BEFORE_REFORM);
		java.util.Set<String> expected = new java.util.LinkedHashSet<>();
		expected.add(FINANCE);
		profile.superiors().forEach(l -> expected.add(l.agency().code()));
		profile.subordinates().forEach(l -> expected.add(l.agency().code()));
		var neighbours = this.registry.neighbours(FINANCE, BEFORE_REFORM, GraphController.NEIGHBOURS);
		neighbours.forEach(n -> expected.add(n.code()));
		assertThat(neighbours).isNotEmpty();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
			.until(d -> "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-ready")));
		@SuppressWarnings("unchecked")
		List<String> nodes = (List<String>) browser
			.executeScript("return window.apparatusGraph.nodes().map(function (n) { return n.id(); });");
		assertThat(nodes).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(browser.findElements(By.cssSelector("#shares li"))).hasSize(neighbours.size());
		browser.executeScript("document.getElementById('graph-title').scrollIntoView();");
		screenshot("graph");
		String target = neighbours.get(0).code();
		browser.executeScript("document.getElementById('graph').scrollIntoView({block: 'center'});");
		@SuppressWarnings("unchecked")
		java.util.Map<String, Number> at = (java.util.Map<String, Number>) browser
			.executeScript("var cy = window.apparatusGraph; cy.zoom(1); cy.center(cy.$id(arguments[0]));"
					+ " var p = cy.$id(arguments[0]).renderedPosition(); var b = document.getElementById('graph');"
					+ " return {x: p.x - b.clientWidth / 2, y: p.y - b.clientHeight / 2};", target);
		WebElement graph = browser.findElement(By.id("graph"));
		WebElement old = browser.findElement(By.tagName("html"));
		new org.openqa.selenium.interactions.Actions(browser)
			.moveToElement(graph, at.get("x").intValue(), at.get("y").intValue())
			.click()
			.perform();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
		assertThat(text(By.id("body-code"))).isEqualTo(target);
		assertThat(browser.getCurrentUrl()).contains("day=" + BEFORE_REFORM);
	}

	@Test
	void aKeyboardUserMovesFromBodyToBodyInTheGraphHearsTheirNamesAndWalksWithEnter() {
		signIn("viewer", "viewer");
		open("/bodies/" + FINANCE + SCOPE);
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(d -> "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-ready")));
		@SuppressWarnings("unchecked")
		List<String> order = (List<String>) browser
			.executeScript("return window.apparatusGraph.nodes().map(function (n) { return n.id(); });");
		assertThat(order).hasSizeGreaterThan(2).startsWith(FINANCE);
		WebElement graph = browser.findElement(By.id("graph"));
		assertThat(browser.findElement(By.id("graph-focus")).getDomAttribute("aria-live")).isEqualTo("polite");
		// Tab from the control before the graph lands on it, on this body
		browser.findElement(By.id("graph-fit")).sendKeys(org.openqa.selenium.Keys.TAB);
		assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("graph");
		assertThat(graph.getDomAttribute("data-focused")).isEqualTo(FINANCE);
		assertThat(text(By.id("graph-focus"))).startsWith(label(FINANCE)).contains("1 trên " + order.size());
		graph.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT, org.openqa.selenium.Keys.ARROW_RIGHT);
		String target = order.get(2);
		assertThat(graph.getDomAttribute("data-focused")).isEqualTo(target);
		assertThat(text(By.id("graph-focus"))).startsWith(label(target)).contains("3 trên " + order.size());
		assertThat((Boolean) browser.executeScript("return window.apparatusGraph.$id(arguments[0]).hasClass('focused')"
				+ " && window.apparatusGraph.nodes('.focused').length === 1;", target))
			.isTrue();
		graph.sendKeys(org.openqa.selenium.Keys.ARROW_LEFT);
		assertThat(graph.getDomAttribute("data-focused")).isEqualTo(order.get(1));
		graph.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
		screenshot("graph-keyboard");
		WebElement old = browser.findElement(By.tagName("html"));
		graph.sendKeys(org.openqa.selenium.Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
		assertThat(text(By.id("body-code"))).isEqualTo(target);
		assertThat(browser.getCurrentUrl()).contains("day=" + BEFORE_REFORM);
	}

	private String label(String code) {
		return (String) browser.executeScript("return window.apparatusGraph.$id(arguments[0]).data('label');", code);
	}

	@Test
	void theOrgChartAndTheOverlapHeatMapOfAUnitAreTheReportsAndTheHeatMapOpensAPair() {
		signIn("viewer", "viewer");
		open("/" + SCOPE);
		clickAndWait(By.cssSelector(".unit-pages a.to-chart"));
		AdminUnit province = Scope.tree(this.registry.units(BEFORE_REFORM))
			.stream()
			.map(Scope.Entry::unit)
			.filter(u -> u.code().equals(PROVINCE))
			.findFirst()
			.orElseThrow();
		var picture = this.pictures.of(province, false, BEFORE_REFORM);
		assertThat(text(By.id("chart-unit"))).isEqualTo(province.name());
		// the help in English with its figure filled in and its apostrophes kept
		clickAndWait(By.id("lang-en"));
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("The unit's active bodies (" + picture.agencies().size() + "), ")
			.contains("a branch's name");
		clickAndWait(By.id("lang-vi"));
		assertThat(browser.findElements(By.cssSelector("#chart [data-code]"))).hasSize(picture.agencies().size());
		WebElement branch = browser.findElement(By.cssSelector("#chart details"));
		String first = branch.findElement(By.cssSelector("ul [data-code]")).getDomAttribute("data-code");
		branch.findElement(By.tagName("summary")).sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(branch.getDomAttribute("open")).isNull();
		assertThat(browser.findElement(By.cssSelector("#chart [data-code='" + first + "']")).isDisplayed()).isFalse();
		screenshot("chart");

		clickAndWait(By.cssSelector(".unit-pages a.to-overlaps"));
		assertThat(picture.overlaps()).isNotEmpty();
		WebElement cell = browser.findElement(By.cssSelector("#heatmap a.cell"));
		new org.openqa.selenium.interactions.Actions(browser).moveToElement(cell).perform();
		String tip = text(By.id("heat-tip"));
		var overlap = picture.overlaps()
			.stream()
			.filter(o -> tip.startsWith(name(picture, o.first()) + " và " + name(picture, o.second()))
					|| tip.startsWith(name(picture, o.second()) + " và " + name(picture, o.first())))
			.findFirst()
			.orElseThrow();
		assertThat(tip).contains("cùng chủ trì " + overlap.shared() + " chức năng");
		assertThat(cell.getText()).isEqualTo(String.valueOf(overlap.shared()));
		screenshot("overlaps");
		clickAndWait(By.cssSelector("#heatmap a.cell"));
		assertThat(java.util.Set.of(text(By.id("pair-first")), text(By.id("pair-second"))))
			.containsExactlyInAnyOrder(name(picture, overlap.first()), name(picture, overlap.second()));
		assertThat(browser.findElements(By.cssSelector("#pair-functions li"))).hasSize((int) overlap.shared());
	}

	private static String name(org.apparatus.report.Report.UnitPicture picture, String code) {
		return picture.agencies().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().name();
	}

	@Test
	void theMergerCandidatesPageListsEachPairWithItsScore() {
		signIn("viewer", "viewer");
		// the seed has no pair at the default threshold (docs/findings-seed.md): a
		// planner looks lower
		open("/mergers" + SCOPE + "&threshold=0.1");
		assertThat(browser.findElement(By.id("threshold")).getDomProperty("value")).isEqualTo("0.10");
		List<Finding> candidates = this.analysis
			.analyze(new AnalysisRequest(BEFORE_REFORM, List.of("MERGER_CANDIDATE"), PROVINCE, 0.1))
			.findings()
			.stream()
			.filter(f -> f.rule().equals("MERGER_CANDIDATE"))
			.sorted(java.util.Comparator.comparing((Finding f) -> -f.score()).thenComparing(Finding::id))
			.toList();
		assertThat(candidates).isNotEmpty();
		List<WebElement> rows = browser.findElements(By.cssSelector("#mergers tr.candidate"));
		assertThat(rows).hasSize(candidates.size());
		Finding best = candidates.get(0);
		assertThat(rows.get(0).getDomAttribute("data-finding")).isEqualTo(best.id());
		// Vietnamese writes the decimal comma
		assertThat(rows.get(0).findElement(By.className("score-value")).getText())
			.isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", best.score()).replace('.', ','));
		assertThat(rows.get(0).getText()).contains(best.explanation().vi());
		// the evidence in words: the sector named, its points with two decimals
		assertThat(best.explanation().vi()).containsPattern("khối \\p{Lu}\\p{Ll}.* \\(\\+0,\\d\\d\\)\\.$")
			.doesNotContainPattern("khối [A-Z_]+ ")
			.doesNotContainPattern("\\d[.,]\\d{3}");
		screenshot("mergers");
	}

	@Test
	void theHistoryOfABodyAndTheComparisonOfTwoDaysShowAMerger() {
		// the record's own merger: the Department of Planning and Investment merged into
		// the Department of Finance on 1 March 2025 (seed-data/changes.csv); nothing is
		// written to the store
		LocalDate day = BEFORE_REFORM.plusDays(1);
		var events = this.registry.history(FINANCE).events();
		assertThat(events).anyMatch(e -> e.kind().equals("MERGE") && e.date().equals(day));

		signIn("viewer", "viewer");
		open("/bodies/" + FINANCE + "?unit=" + PROVINCE + "&day=" + day);
		clickAndWait(By.id("to-body-history"));
		assertThat(text(By.id("history-name"))).isEqualTo(agencyName(FINANCE));
		assertThat(browser.getTitle()).startsWith("Lịch sử — ");
		List<WebElement> shown = browser.findElements(By.cssSelector("#events li.event"));
		assertThat(shown).hasSize(events.size());
		WebElement merger = shown.stream()
			.filter(e -> e.getText().startsWith(day.toString()))
			.findFirst()
			.orElseThrow();
		assertThat(merger.getText()).contains("Hợp nhất, sáp nhập");
		screenshot("history");
		merger.findElement(By.partialLinkText("So sánh")).click();
		assertThat(browser.findElement(By.id("compare-from")).getDomProperty("value"))
			.isEqualTo(day.minusDays(1).toString());
		List<WebElement> merged = browser.findElements(By.cssSelector("#compare-merged li.event"));
		assertThat(merged).isNotEmpty();
		assertThat(merged.get(0).getText()).contains(" → ");
		var comparison = this.comparison.compare(day.minusDays(1), day, PROVINCE);
		assertThat(text(By.id("compare-bodies")))
			.isEqualTo(comparison.staff().agenciesBefore() + " → " + comparison.staff().agenciesAfter());
		assertThat(comparison.staff().agenciesAfter()).isLessThan(comparison.staff().agenciesBefore());
		screenshot("compare");
	}

	@Test
	void searchResultsAreWalkedWithTheArrowKeysAndOpenedWithEnter() {
		signIn("viewer", "viewer");
		open("/search?q=so&unit=" + PROVINCE + "&day=" + BEFORE_REFORM);
		List<WebElement> hits = browser.findElements(By.cssSelector("#hits li > a"));
		assertThat(hits).hasSizeGreaterThan(1);
		String second = hits.get(1).getDomAttribute("href");
		browser.findElement(By.id("q")).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
		assertThat(browser.switchTo().activeElement().getDomAttribute("href"))
			.isEqualTo(hits.get(0).getDomAttribute("href"));
		browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
		WebElement old = browser.findElement(By.tagName("html"));
		browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
		assertThat(browser.getCurrentUrl()).endsWith(second);
	}

	// Scenarios, data sets and reports (issue 12). They work on 2025-02-28, a day the old
	// seed
	// and the record of the 2025 reform share, with codes found on that day, not written
	// here.

	static final LocalDate SHARED_DAY = LocalDate.of(2025, 2, 28);

	/** A day no other test looks at, for what a test must add to the shared store. */
	static final LocalDate FAR = LocalDate.of(2099, 1, 1);

	@Autowired
	DataSetService dataSets;

	@Test
	void anEditorBuildsAScenarioMergingTwoDepartmentsAndSeesTheirDuplicateResolved() {
		Finding duplicate = aDuplicateOfTwoDepartments();
		String kept = duplicate.agencies().get(0);
		String merged = duplicate.agencies().get(1);
		String keptName = agencyName(kept);
		signIn("editor", "editor");
		open("/scenarios?day=" + SHARED_DAY);
		clickAndWait(By.id("new-scenario"));
		type(By.id("new-name"), "wb-merge-duplicate");
		type(By.id("new-description"), "Hợp nhất hai sở cùng chủ trì một nhiệm vụ");
		browser.findElement(By.id("new-type-merge")).click();
		// The picker offers the code of a body whose name is typed.
		type(By.id("merge-agency1"), keptName);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(
				d -> d.findElements(By.cssSelector("#merge-agency1-codes option[value='" + kept + "']")).size() == 1);
		type(By.id("merge-agency1"), kept);
		// A code that does not exist is refused with the scenario service's own problem.
		type(By.id("merge-agency2"), "NO_SUCH_BODY");
		type(By.id("merge-into"), kept);
		clickAndWait(By.id("new-submit"));
		assertThat(text(By.id("problems"))).contains("NO_SUCH_BODY");
		assertThat(this.scenarios.find("wb-merge-duplicate")).isEmpty();
		type(By.id("merge-agency2"), merged);
		clickAndWait(By.id("new-submit"));
		assertThat(text(By.id("scenario-name"))).isEqualTo("wb-merge-duplicate");
		assertThat(text(By.id("change-list"))).contains(kept, merged);
		clickAndWait(By.id("evaluate"));
		assertThat(text(By.id("evaluated-on"))).isEqualTo(SHARED_DAY.toString());
		assertThat(browser.findElements(By.cssSelector("#resolved tr[data-id='" + duplicate.id() + "']"))).hasSize(1);
		long before = Evaluation.total(this.scenarios.figures(SHARED_DAY), false);
		assertThat(text(By.id("agencies-before-after"))).isEqualTo(before + " → " + (before - 1));
		screenshot("scenario-evaluation");
		this.scenarios.delete("wb-merge-duplicate", new Attribution("test", null));
	}

	@Test
	void aDataSetWithAnErrorIsRefusedWithTheErrorAndTheStoreUnchanged() throws Exception {
		String unit = top().code();
		byte[] zip = zip("agencies.csv", "code,name,name_en,sector,kind,admin_unit_code,status,staff_quota\n"
				+ "WB_BAD,Sở Thử nghiệm lỗi,,STATE,NOT_A_KIND," + unit + ",ACTIVE,10\n");
		List<DataSetProblem> expected = this.dataSets.check(UploadedDataSet.read("bad.zip", zip));
		assertThat(expected).isNotEmpty();
		Path file = Files.createTempFile("bad-data-set", ".zip");
		Files.write(file, zip);
		signIn("editor", "editor");
		open("/data");
		browser.findElement(By.id("data-file")).sendKeys(file.toString());
		clickAndWait(By.id("upload-submit"));
		assertThat(text(By.id("unchanged"))).isEqualTo("Cơ sở dữ liệu không thay đổi.");
		DataSetProblem first = expected.get(0);
		assertThat(first.file()).isEqualTo("agencies.csv");
		assertThat(browser.findElements(By.cssSelector("#problems li")).get(0).getText()).isEqualTo(
				"Tệp " + first.file() + ", dòng " + first.line() + ", cột " + first.column() + ": " + first.message());
		assertThat(codesOn(day())).doesNotContain("WB_BAD");
	}

	@Test
	void theXlsxTemplateFilledInImportsTheBody() throws Exception {
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(DataSetTemplate.write()))) {
			Sheet agencies = workbook.getSheet("agencies");
			Row header = agencies.getRow(0);
			Row row = agencies.createRow(1);
			// from 2099 on, so that the body is on no day another test looks at
			java.util.Map<String, String> values = java.util.Map.of("code", "WB_NEW", "name",
					"Sở Thử nghiệm Bàn làm việc", "sector", "STATE", "kind", AgencyKind.DEPARTMENT.name(),
					"admin_unit_code", top().code(), "status", "ACTIVE", "valid_from", FAR.toString());
			header.forEach(cell -> {
				String value = values.get(cell.getStringCellValue());
				if (value != null) {
					row.createCell(cell.getColumnIndex()).setCellValue(value);
				}
				else if ("staff_quota".equals(cell.getStringCellValue())) {
					row.createCell(cell.getColumnIndex()).setCellValue(12);
				}
			});
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			filled = out.toByteArray();
		}
		Path file = Files.createTempFile("filled-template", ".xlsx");
		Files.write(file, filled);
		signIn("editor", "editor");
		open("/data");
		assertThat(browser.findElement(By.id("template")).getDomAttribute("href")).endsWith("/data/template.xlsx");
		browser.findElement(By.id("data-file")).sendKeys(file.toString());
		clickAndWait(By.id("upload-submit"));
		assertThat(browser.findElements(By.id("problems"))).isEmpty();
		assertThat(text(By.id("imported"))).contains(file.getFileName().toString());
		assertThat(codesOn(FAR)).contains("WB_NEW");
		assertThat(codesOn(day())).doesNotContain("WB_NEW");
		open("/bodies/WB_NEW?day=" + FAR);
		assertThat(text(By.tagName("h1"))).contains("Sở Thử nghiệm Bàn làm việc");
	}

	@Test
	void aPlannerAsksForAPdfReportAndDownloadsIt() throws Exception {
		signIn("viewer", "viewer");
		open("/reporting?day=" + SHARED_DAY);
		new Select(browser.findElement(By.id("report-format"))).selectByValue("pdf");
		clickAndWait(By.id("report-submit"));
		// the status page reloads itself every two seconds until the report is written
		new WebDriverWait(browser, Duration.ofMinutes(5)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> !d.findElements(By.id("report-download")).isEmpty()
					|| !d.findElements(By.id("report-failed")).isEmpty());
		assertThat(browser.findElements(By.id("report-failed"))).isEmpty();
		String href = browser.findElement(By.id("report-download")).getDomProperty("href");
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void anEditorDeletesAScenarioAfterAConfirmation() {
		Finding duplicate = aDuplicateOfTwoDepartments();
		this.scenarios.save(
				new Scenario("wb-to-delete", "Phương án bỏ đi",
						List.of(new Change.Merge(duplicate.agencies(), duplicate.agencies().get(0), null)), SHARED_DAY),
				new Attribution("editor", null));
		try {
			signIn("editor", "editor");
			open("/scenarios/wb-to-delete");
			clickAndWait(By.id("delete"));
			assertThat(text(By.id("delete-warning"))).contains("1 thay đổi");
			// nothing is deleted until the planner confirms
			assertThat(this.scenarios.find("wb-to-delete")).isPresent();
			type(By.id("delete-reason"), "Không dùng nữa");
			clickAndWait(By.id("delete-submit"));
			assertThat(text(By.id("deleted"))).isEqualTo("Đã xóa phương án wb-to-delete.");
			assertThat(browser.findElements(By.linkText("wb-to-delete"))).isEmpty();
			assertThat(this.scenarios.find("wb-to-delete")).isEmpty();
		}
		finally {
			this.scenarios.delete("wb-to-delete", new Attribution("test", null));
		}
	}

	@Test
	void aViewerDownloadsTheCurrentDataSetAsZipAndAsWorkbook() throws Exception {
		signIn("viewer", "viewer");
		open("/data");
		byte[] zip = download(browser.findElement(By.id("export-zip")).getDomProperty("href"), "application/zip");
		java.util.Map<String, String> entries = new java.util.HashMap<>();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(
				java.util.Arrays.stream(org.apparatus.dataset.DataSetFile.values()).map(f -> f.fileName()).toList());
		assertThat(entries.get("agencies.csv")).startsWith("\uFEFFcode,").contains("\n" + FINANCE + ",Sở Tài chính");

		byte[] xlsx = download(browser.findElement(By.id("export-xlsx")).getDomProperty("href"),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			List<String> sheets = new java.util.ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets)
				.containsExactlyElementsOf(java.util.Arrays.stream(org.apparatus.dataset.DataSetFile.values())
					.map(DataSetTemplate::sheetName)
					.toList());
			Sheet agencies = workbook.getSheet("agencies");
			assertThat(agencies.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
			boolean found = false;
			for (Row row : agencies) {
				if (row.getCell(0).getStringCellValue().equals(FINANCE)) {
					assertThat(row.getCell(1).getStringCellValue()).startsWith("Sở Tài chính");
					found = true;
				}
			}
			assertThat(found).as(FINANCE + " in the agencies sheet").isTrue();
		}
		// both read back as the upload reads them, every file found
		assertThat(UploadedDataSet.read("export.zip", zip).files())
			.containsExactlyInAnyOrder(org.apparatus.dataset.DataSetFile.values());
		assertThat(UploadedDataSet.read("export.xlsx", xlsx).files())
			.containsExactlyInAnyOrder(org.apparatus.dataset.DataSetFile.values());
	}

	/** Fetches a link of the page with the browser's session, as a download does. */
	private byte[] download(String href, String contentType) throws Exception {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
		return response.body();
	}

	@Test
	void aViewerSeesNoEditControlsOnTheScenarioAndDataPages() {
		Finding duplicate = aDuplicateOfTwoDepartments();
		this.scenarios.save(
				new Scenario("wb-viewer-sees", "Xem, không sửa",
						List.of(new Change.Merge(duplicate.agencies(), duplicate.agencies().get(0), null)), SHARED_DAY),
				new Attribution("editor", null));
		signIn("viewer", "viewer");
		open("/scenarios");
		assertThat(browser.findElements(By.id("scenarios"))).hasSize(1);
		assertThat(browser.findElements(By.id("new-scenario"))).isEmpty();
		assertThat(browser.findElements(By.id("upload"))).isEmpty();
		open("/scenarios/wb-viewer-sees");
		assertThat(text(By.id("scenario-day"))).isEqualTo(SHARED_DAY.toString());
		assertThat(browser.findElements(By.id("evaluate"))).hasSize(1);
		assertThat(browser.findElements(By.id("apply"))).isEmpty();
		assertThat(browser.findElements(By.id("delete"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("form.change"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#change-list button"))).isEmpty();
		open("/data");
		assertThat(browser.findElements(By.id("upload"))).isEmpty();
		assertThat(browser.findElements(By.id("template"))).hasSize(1);
		assertThat(text(By.id("editors-only"))).isNotEmpty();
		open("/scenarios/new");
		assertThat(browser.findElements(By.id("new"))).isEmpty();
		assertThat(text(By.tagName("main"))).contains("cần quyền biên tập").doesNotContain("Exception");
		// the error page keeps the navigation and the sign-out
		assertThat(browser.findElements(By.id("nav-findings"))).hasSize(1);
		assertThat(browser.findElements(By.id("scope-unit"))).isEmpty();
		screenshot("error-403");
		open("/scenarios/wb-viewer-sees/delete");
		assertThat(browser.findElements(By.id("delete-form"))).isEmpty();
		this.scenarios.delete("wb-viewer-sees", new Attribution("test", null));
	}

	/**
	 * A link to Bạc Liêu kept from before the province merger, opened today: the page
	 * says the province does not exist today, when it did, and links to its last day.
	 */
	@Test
	void aUnitAskedForOnADayItDoesNotExistIsNamedWithItsDaysAndALinkToThem() {
		signIn("viewer", "viewer");
		open("/?unit=BL");
		assertThat(text(By.id("problem"))).startsWith("Tỉnh Bạc Liêu (BL) không tồn tại vào ngày")
			.contains("2025-07-01");
		assertThat(text(By.cssSelector("header.top .user"))).isEqualTo("viewer");
		clickAndWait(By.id("problem-link"));
		assertThat(browser.getCurrentUrl()).contains("unit=BL").contains("day=2025-06-30");
		assertThat(text(By.tagName("h1"))).contains("Bạc Liêu");
		open("/?unit=NOWHERE");
		assertThat(text(By.id("problem"))).startsWith("Không có địa bàn mã NOWHERE");
	}

	@Test
	void aPageThatDoesNotExistIsSaidInWordsWithTheNavigationToGetBackAndTheSignOut() {
		signIn("viewer", "viewer");
		open("/units/" + PROVINCE + "/no-such-page" + SCOPE);
		assertThat(text(By.id("problem"))).isEqualTo("Không có trang này.");
		assertThat(browser.getTitle()).isEqualTo("Không thực hiện được");
		assertThat(text(By.cssSelector("header.top .user"))).isEqualTo("viewer");
		screenshot("error-404");
		clickAndWait(By.id("lang-en"));
		assertThat(text(By.id("problem"))).isEqualTo("There is no such page.");
		clickAndWait(By.id("nav-findings"));
		assertThat(text(By.tagName("h1"))).startsWith("Findings");
		open("/units/" + PROVINCE + "/no-such-page");
		clickAndWait(By.id("sign-out"));
		assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
		open("/findings");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void aScenarioThatIsNotSavedIsSaidInTheLanguageOfThePageWithTheWayToTheSavedOnes() {
		signIn("viewer", "viewer");
		open("/scenarios/reform-9999");
		assertThat(text(By.id("problem"))).startsWith("Không có phương án nào tên «reform-9999»");
		clickAndWait(By.id("lang-en"));
		assertThat(text(By.id("problem"))).startsWith("There is no scenario named «reform-9999»");
		clickAndWait(By.id("problem-link"));
		assertThat(browser.getCurrentUrl()).contains("/scenarios");
		assertThat(text(By.tagName("h1"))).isEqualTo("Restructuring scenarios");
	}

	@Test
	void whileALoadRunsAPageSaysSoAndKeepsTheNavigationAndTheSignOut() {
		signIn("viewer", "viewer");
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> KnowledgeBaseRevision.beginLoad(tx, "wb-test.zip"));
		}
		try {
			new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
				d.get(url("/findings" + SCOPE));
				return !d.findElements(By.id("problem")).isEmpty();
			});
			assertThat(text(By.id("problem"))).startsWith("Một bộ dữ liệu đang được nạp vào kho trống");
			assertThat(browser.findElements(By.id("nav-overview"))).hasSize(1);
			assertThat(text(By.cssSelector("header.top .user"))).isEqualTo("viewer");
			screenshot("error-503");
		}
		finally {
			try (var session = this.driver.session()) {
				session.executeWriteWithoutResult(KnowledgeBaseRevision::endLoad);
			}
		}
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
			d.get(url("/findings" + SCOPE));
			return d.findElements(By.id("problem")).isEmpty();
		});
	}

	@Test
	void theComparisonOfTwoDaysSaysAStaffQuotaNobodyRecordedInWordsNotZero() {
		// the record gives the bodies of today's Cà Mau no staff quota
		AdminUnit top = top();
		var staff = this.comparison.compare(day().minusYears(1), day(), top.code()).staff();
		assertThat(staff.quotaRecordedAfter()).isFalse();
		signIn("viewer", "viewer");
		open("/compare?unit=" + top.code());
		String before = staff.quotaRecordedBefore() ? String.valueOf(staff.quotaBefore()) : "chưa có số liệu";
		assertThat(text(By.id("compare-staff"))).isEqualTo(before + " → chưa có số liệu");
		clickAndWait(By.id("lang-en"));
		assertThat(text(By.id("compare-staff"))).endsWith("→ not recorded");
		screenshot("compare-not-recorded");
	}

	@Test
	void aUnitsKindIsSaidInWordsInThePickerTheOverviewAndTheSearch() {
		AdminUnit city = Scope.tree(this.registry.units(BEFORE_REFORM))
			.stream()
			.map(Scope.Entry::unit)
			.filter(u -> u.kind() == org.apparatus.registry.UnitKind.PROVINCIAL_CITY)
			.findFirst()
			.orElseThrow();
		signIn("viewer", "viewer");
		open("/?unit=" + city.code() + "&day=" + BEFORE_REFORM);
		assertThat(text(By.id("unit-kind"))).isEqualTo("Loại đơn vị hành chính: thành phố thuộc tỉnh, cấp huyện");
		assertThat(new Select(browser.findElement(By.id("scope-unit"))).getFirstSelectedOption().getText().strip())
			.isEqualTo(city.name() + " (thành phố thuộc tỉnh)");
		screenshot("overview-kind");
		// a name that already says the kind is not followed by it again
		AdminUnit province = Scope.tree(this.registry.units(BEFORE_REFORM)).get(0).unit();
		assertThat(province.name()).startsWith("Tỉnh");
		assertThat(new Select(browser.findElement(By.id("scope-unit"))).getOptions().get(0).getText())
			.isEqualTo(province.name());
		open("/search?q=" + java.net.URLEncoder.encode(city.name(), java.nio.charset.StandardCharsets.UTF_8) + "&day="
				+ BEFORE_REFORM + "&lang=en");
		assertThat(browser.findElement(By.id("hits")).getText()).contains(city.nameEn() + " (provincial city)");
		// the search field stands beside its label, not under or into it
		WebElement label = browser.findElement(By.cssSelector("label[for='q']"));
		WebElement field = browser.findElement(By.id("q"));
		assertThat(label.getRect().getX() + label.getRect().getWidth()).isLessThan(field.getRect().getX());
		screenshot("search-kind");
	}

	@Test
	void theAbolishLevelFormShowsItsExceptionsAsCompactRowsThatSayNothingWhenUnused() {
		signIn("editor", "editor");
		open("/scenarios/new?day=" + SHARED_DAY);
		// under load the rows were once read before the form was all there
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(d -> d.findElements(By.cssSelector("table.except tbody tr")).size() >= 3);
		assertThat(browser.findElements(By.cssSelector("table.except tbody tr"))).hasSize(3);
		for (int i = 1; i <= 3; i++) {
			assertThat(new Select(browser.findElement(By.id("abolish-except" + i + "-policy"))).getFirstSelectedOption()
				.getText()).isEmpty();
		}
		// each exception one row, its fields side by side
		WebElement kinds = browser.findElement(By.id("abolish-except1-kinds"));
		WebElement to = browser.findElement(By.id("abolish-except1-to"));
		assertThat(to.getLocation().getX()).isGreaterThan(kinds.getLocation().getX() + kinds.getSize().getWidth());
		assertThat(to.getLocation().getY()).isLessThan(kinds.getLocation().getY() + kinds.getSize().getHeight());
		assertThat(browser.findElement(By.id("abolish-except2-kinds")).getLocation().getY())
			.isGreaterThanOrEqualTo(kinds.getLocation().getY() + kinds.getSize().getHeight());
		screenshot("scenario-new-abolish");
		type(By.id("new-name"), "wb-abolish-no-exception");
		browser.findElement(By.id("new-type-abolish_level")).click();
		new Select(browser.findElement(By.id("abolish-level-level"))).selectByValue("DISTRICT");
		clickAndWait(By.id("new-submit"));
		assertThat(text(By.id("scenario-name"))).isEqualTo("wb-abolish-no-exception");
		assertThat(this.scenarios.find("wb-abolish-no-exception").orElseThrow().changes()).singleElement()
			.isInstanceOfSatisfying(Change.AbolishLevel.class, c -> assertThat(c.except()).isEmpty());
		screenshot("scenario-abolish");
		this.scenarios.delete("wb-abolish-no-exception", new Attribution("test", null));
	}

	@Test
	void anEditorMergesTwoCommunesIntoANewUnitOfTheKindChosenAndAKindOfAnotherLevelIsRefused() {
		// two communes of one district on the shared day
		List<String> communes = this.registry.units(SHARED_DAY)
			.stream()
			.filter(node -> node.unit().level() == org.apparatus.registry.AdminLevel.COMMUNE && node.parent() != null)
			.collect(java.util.stream.Collectors.groupingBy(RegistryBrowser.UnitNode::parent, java.util.TreeMap::new,
					java.util.stream.Collectors.mapping(node -> node.unit().code(),
							java.util.stream.Collectors.toList())))
			.values()
			.stream()
			.filter(codes -> codes.size() >= 2)
			.findFirst()
			.orElseThrow();
		signIn("editor", "editor");
		open("/scenarios/new?day=" + SHARED_DAY);
		type(By.id("new-name"), "wb-merge-communes");
		browser.findElement(By.id("new-type-merge_units")).click();
		type(By.id("merge-units-unit1"), communes.get(0));
		type(By.id("merge-units-unit2"), communes.get(1));
		type(By.id("merge-units-new-code"), "WB_NEW_WARD");
		type(By.id("merge-units-new-name"), "Phường mới");
		new Select(browser.findElement(By.id("merge-units-new-kind"))).selectByValue("TOWN");
		clickAndWait(By.id("new-submit"));
		assertThat(text(By.id("problems"))).contains("a COMMUNE cannot be a TOWN, which is a kind of DISTRICT");
		assertThat(this.scenarios.find("wb-merge-communes")).isEmpty();
		new Select(browser.findElement(By.id("merge-units-new-kind"))).selectByValue("WARD");
		clickAndWait(By.id("new-submit"));
		assertThat(text(By.id("scenario-name"))).isEqualTo("wb-merge-communes");
		assertThat(this.scenarios.find("wb-merge-communes").orElseThrow().changes()).singleElement()
			.isInstanceOfSatisfying(Change.MergeUnits.class,
					change -> assertThat(change.newUnit().kind()).isEqualTo(org.apparatus.registry.UnitKind.WARD));
		this.scenarios.delete("wb-merge-communes", new Attribution("test", null));
	}

	/**
	 * An open DUPLICATE on the shared day between two departments of one unit (two bodies
	 * leading the same task).
	 */
	private Finding aDuplicateOfTwoDepartments() {
		java.util.Map<String, AgencyKind> kinds = new java.util.HashMap<>();
		this.registry.agencies(null, true, SHARED_DAY).forEach(l -> kinds.put(l.agency().code(), l.agency().kind()));
		return this.analysis.analyze(new AnalysisRequest(SHARED_DAY, List.of(), null))
			.findings()
			.stream()
			.filter(f -> f.rule().equals("DUPLICATE") && f.agencies().size() == 2
					&& f.agencies().stream().allMatch(a -> kinds.get(a) == AgencyKind.DEPARTMENT))
			.findFirst()
			.orElseThrow();
	}

	private String agencyName(String code) {
		return this.registry.agencies(null, true, SHARED_DAY)
			.stream()
			.filter(l -> l.agency().code().equals(code))
			.findFirst()
			.orElseThrow()
			.agency()
			.name();
	}

	private List<String> codesOn(LocalDate day) {
		return this.registry.agencies(null, true, day).stream().map(l -> l.agency().code()).toList();
	}

	private static byte[] zip(String name, String content) throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("data/" + name));
			zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private Finding anOpenFinding() {
		return this.analysis.analyze(new AnalysisRequest(day(), List.of(), null))
			.findings()
			.stream()
			.filter(f -> f.status() == FindingStatus.OPEN && f.severity() == Severity.HIGH)
			.findFirst()
			.orElseThrow();
	}

}
