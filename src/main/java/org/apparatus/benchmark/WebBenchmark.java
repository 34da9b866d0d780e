package org.apparatus.benchmark;

import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.apparatus.audit.Attribution;
import org.apparatus.scenario.Change;
import org.apparatus.scenario.Scenario;
import org.apparatus.scenario.ScenarioService;
import org.apparatus.system.CypherFile;
import org.springframework.boot.WebApplicationType;
import org.springframework.data.neo4j.core.Neo4jClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The workbench's pages as one signed-in planner opens them, one request at a time: the
 * time from sending a request to its last byte on the loopback interface (an upper bound
 * of the server's time), p50 and p95 per page, with two floors measured in the same run
 * (the sign-in page and the style sheet) and each page's p95 as a multiple of the sign-in
 * page's.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
		description = { "Open every workbench page as one signed-in user and print the p50 and p95 time per page.",
				"The store (the default is a new temporary one) holds the seed province." })
final class WebBenchmark implements Callable<Integer> {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Mixin
	BenchmarkStore.Options storeOptions = new BenchmarkStore.Options();

	@Option(names = "--requests", paramLabel = "N", defaultValue = "40",
			description = "Requests per page measured, after 5 not measured (default: ${DEFAULT-VALUE}).")
	int requests;

	@Option(names = "--user", paramLabel = "NAME:PASSWORD", defaultValue = "editor:editor",
			description = "The user who signs in with the form (default: ${DEFAULT-VALUE}).")
	String user;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
			description = "The day of the pages and their analysis (default: the configured day, today unless set).")
	@org.jspecify.annotations.Nullable
	LocalDate asOf;

	@Option(names = "--merger-threshold", paramLabel = "X",
			description = "The analysis' MERGER_CANDIDATE threshold (default: the configured one); a low one "
					+ "fills the findings list.")
	@org.jspecify.annotations.Nullable
	Double mergerThreshold;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (this.requests < 1) {
			throw new ParameterException(this.spec.commandLine(), "--requests must be at least 1");
		}
		String[] credentials = this.user.split(":", 2);
		if (credentials.length != 2) {
			throw new ParameterException(this.spec.commandLine(), "--user is NAME:PASSWORD");
		}
		PrintWriter out = this.spec.commandLine().getOut();
		List<String> args = new java.util.ArrayList<>(
				this.storeOptions.provinces == null ? BenchmarkStore.SERVLET : BenchmarkStore.servletWithoutSeed());
		if (this.asOf != null) {
			args.add("--apparatus.analysis.as-of=" + this.asOf);
		}
		if (this.mergerThreshold != null) {
			args.add("--apparatus.analysis.merger-threshold=" + this.mergerThreshold);
		}
		try (var store = BenchmarkStore.open(this.storeOptions, 1, out, WebApplicationType.SERVLET, args)) {
			var context = store.context();
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			Map<String, String> pages = pages(context.getBean(AnalysisService.class),
					context.getBean(ScenarioService.class), context.getBean(Neo4jClient.class), out);
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			Map<String, double[]> floors = new LinkedHashMap<>();
			floors.put("sign-in page (floor)", measure(http, base + "/login"));
			floors.put("style sheet (floor)", measure(http, base + "/workbench/workbench.css"));
			signIn(http, base, credentials[0], credentials[1]);
			Map<String, double[]> times = new LinkedHashMap<>(floors);
			Map<String, String> failed = new LinkedHashMap<>();
			for (var page : pages.entrySet()) {
				try {
					times.put(page.getKey(), measure(http, base + page.getValue()));
				}
				catch (IllegalStateException ex) {
					failed.put(page.getKey(), ex.getMessage());
				}
			}
			double floor = percentile(floors.values().iterator().next(), 95);
			out.printf("%-34s %9s %9s %12s%n", "page (one user, " + this.requests + " requests)", "p50 ms", "p95 ms",
					"p95/sign-in");
			int over = 0;
			for (var t : times.entrySet()) {
				double p95 = percentile(t.getValue(), 95);
				out.printf("%-34s %9.1f %9.1f %12.1f%s%n", t.getKey(), percentile(t.getValue(), 50), p95, p95 / floor,
						p95 > 150 ? "  over 150 ms" : "");
				over += p95 > 150 ? 1 : 0;
			}
			failed.forEach((page, why) -> out.printf("%-34s failed: %s%n", page, why));
			double[] load = loadAverage();
			out.printf("%d of %d pages over the 150 ms target; load average %.2f %.2f %.2f on %d cores, Java %s%n",
					over, times.size(), load[0], load[1], load[2], Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"));
		}
		return 0;
	}

	/**
	 * The pages, with codes of the store: a finding's unit, body and function; the top
	 * unit compared on two days.
	 */
	private static Map<String, String> pages(AnalysisService analysis, ScenarioService scenarios, Neo4jClient client,
			PrintWriter out) {
		LocalDate day = analysis.defaultParameters().asOf();
		List<Finding> findings = analysis.analyze(new AnalysisRequest(day, List.of(), null)).findings();
		out.printf("%,d findings as of %s (merger threshold %.2f): the findings list has %,d pages%n", findings.size(),
				analysis.defaultParameters().asOf(), analysis.defaultParameters().mergerThreshold(),
				(findings.size() + 49) / 50);
		Finding duplicate = findings.stream()
			.filter(f -> f.rule().equals("DUPLICATE") && f.agencies().size() == 2 && !f.functions().isEmpty())
			.findFirst()
			.orElse(findings.get(0));
		String body = duplicate.agencies().get(0);
		String name = "benchmark-web";
		scenarios.save(
				new Scenario(name, "benchmark web",
						List.of(new Change.Merge(duplicate.agencies(), duplicate.agencies().get(0), null))),
				new Attribution("benchmark", "benchmark web"));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("overview /", "/");
		pages.put("findings", "/findings");
		pages.put("findings, page 2, by rule", "/findings?sort=rule&page=2");
		pages.put("findings, last page, by unit",
				"/findings?sort=unit&page=" + Math.max(1, (findings.size() + 49) / 50));
		pages.put("a finding", "/findings/" + URLEncoder.encode(duplicate.id(), StandardCharsets.UTF_8));
		pages.put("a body", "/bodies/" + body);
		if (!duplicate.functions().isEmpty()) {
			pages.put("a function", "/functions/" + duplicate.functions().get(0));
		}
		pages.put("a body's graph (JSON)", "/bodies/" + body + "/graph");
		pages.put("a body's history", "/bodies/" + body + "/history");
		if (!duplicate.units().isEmpty()) {
			String unit = duplicate.units().get(0);
			pages.put("organisation chart", "/units/" + unit + "/chart");
			pages.put("overlap heat map", "/units/" + unit + "/overlaps");
		}
		pages.put("merger candidates", "/mergers");
		pages.put("two days compared", compare(client, day));
		pages.put("search 'so tai chinh'", "/search?q=so+tai+chinh");
		pages.put("scenarios", "/scenarios");
		pages.put("a scenario (editor's forms)", "/scenarios/" + name);
		pages.put("a scenario's evaluation", "/scenarios/" + name + "/evaluation");
		pages.put("code picker 'so tai'", "/scenarios/codes?type=AGENCY&q=so+tai");
		pages.put("data", "/data");
		pages.put("reports", "/reporting");
		return pages;
	}

	/**
	 * The compare page of the top unit (the first by code) of the day: the day before the
	 * latest recorded change and its day, or a year before the day and the day when the
	 * store records no change (a generated store).
	 */
	private static String compare(Neo4jClient client, LocalDate day) {
		Map<String, Object> scope = client.query(CypherFile.load("benchmark/compare-days"))
			.bind(day)
			.to("asOf")
			.fetch()
			.one()
			.orElseThrow(() -> new IllegalStateException("the store has no unit on " + day));
		LocalDate changed = scope.get("changed") instanceof LocalDate date ? date : null;
		LocalDate to = changed != null ? changed : day;
		LocalDate from = changed != null ? changed.minusDays(1) : day.minusYears(1);
		return "/compare?unit=" + URLEncoder.encode(String.valueOf(scope.get("unit")), StandardCharsets.UTF_8) + "&day="
				+ to + "&from=" + from + "&to=" + to;
	}

	private static void signIn(HttpClient http, String base, String user, String password) throws Exception {
		String form = http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("the sign-in page has no CSRF token");
		}
		String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					"signing in as " + user + " failed: " + signedIn.statusCode() + " " + location);
		}
	}

	private double[] measure(HttpClient http, String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
		for (int i = 0; i < 5; i++) {
			check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), url);
		}
		double[] ms = new double[this.requests];
		for (int i = 0; i < this.requests; i++) {
			long t = System.nanoTime();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			ms[i] = (System.nanoTime() - t) / 1e6;
			check(response, url);
		}
		return ms;
	}

	private static void check(HttpResponse<byte[]> response, String url) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
	}

	static double percentile(double[] values, int percent) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double[] loadAverage() {
		try {
			String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
					Double.parseDouble(parts[2]) };
		}
		catch (Exception ex) {
			double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			return new double[] { one, one, one };
		}
	}

}
