package org.apparatus.workbench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.apparatus.analysis.FindingStatus;
import org.apparatus.analysis.PlannerQueries;
import org.apparatus.analysis.Severity;
import org.apparatus.audit.Attribution;
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
		assertThat(text(By.id("body-count"))).isEqualTo(String.valueOf(bodies));
		assertThat(text(By.id("open-count"))).isEqualTo(String.valueOf(open));
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
	void theFindingsFilterNarrowsTheList() {
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
	void theEnglishSwitchIsKeptFromPageToPage() {
		signIn("viewer", "viewer");
		assertThat(text(By.tagName("h1"))).startsWith("Tổng quan bộ máy");
		clickAndWait(By.id("lang-en"));
		assertThat(text(By.tagName("h1"))).startsWith("The apparatus at a glance");
		clickAndWait(By.id("nav-findings"));
		assertThat(text(By.tagName("h1"))).startsWith("Findings");
		assertThat(text(By.id("findings-total"))).endsWith(" findings");
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

	private Finding anOpenFinding() {
		return this.analysis.analyze(new AnalysisRequest(day(), List.of(), null))
			.findings()
			.stream()
			.filter(f -> f.status() == FindingStatus.OPEN && f.severity() == Severity.HIGH)
			.findFirst()
			.orElseThrow();
	}

}
