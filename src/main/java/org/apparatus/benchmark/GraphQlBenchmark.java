package org.apparatus.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.apparatus.benchmark.BenchmarkCommand.seconds;

/**
 * Planner queries over HTTP, as GraphiQL or a client sends them, from many concurrent
 * clients at once. The server is the real application (Tomcat, Spring Security with HTTP
 * Basic, GraphQL, Bolt, Neo4j); the clients run in the same JVM and so share its two
 * cores, which makes the figures pessimistic rather than flattering.
 */
@Command(name = "graphql", mixinStandardHelpOptions = true,
		description = { "Send the planners' GraphQL queries from concurrent clients and print latency percentiles.",
				"An empty store (the default is a new temporary one) is first filled with a generated data set." })
final class GraphQlBenchmark implements Callable<Integer> {

	/**
	 * The planner questions of docs/api.md, one GraphQL operation per file under
	 * benchmark/.
	 */
	private static final List<String> QUERIES = List.of("findings-in-unit", "finding", "merger-candidates", "coverage",
			"gaps", "agency-profile", "unit-agencies", "stats", "search");

	/**
	 * The floor: a request that touches no database, so that its cost is HTTP, security
	 * and GraphQL alone.
	 */
	private static final List<String> FLOOR = List.of("typename");

	private static final String[] SEARCH_TEXTS = { "so tai", "phong y te", "uy ban nhan dan", "thanh tra",
			"an toan thuc" };

	@Mixin
	BenchmarkStore.Options storeOptions = new BenchmarkStore.Options();

	@Option(names = "--clients", paramLabel = "N", defaultValue = "1,8,32", split = ",",
			description = "Concurrent clients, each sending its next query when the last is answered; several "
					+ "counts are measured one after the other (default: ${DEFAULT-VALUE}).")
	List<Integer> clients;

	@Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
			description = "How long to measure each workload at each client count, after one warm-up of the "
					+ "same length (default: ${DEFAULT-VALUE}).")
	int duration;

	@Option(names = "--user", paramLabel = "NAME:PASSWORD", defaultValue = "viewer:viewer",
			description = "HTTP Basic user of the clients (default: ${DEFAULT-VALUE}).")
	String user;

	@Spec
	CommandSpec spec;

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public Integer call() throws Exception {
		if (this.clients.stream().anyMatch(count -> count < 1 || count > 1000)) {
			throw new ParameterException(this.spec.commandLine(), "--clients must be between 1 and 1000");
		}
		if (this.duration < 1) {
			throw new ParameterException(this.spec.commandLine(), "--seconds must be at least 1");
		}
		PrintWriter out = this.spec.commandLine().getOut();
		try (var store = BenchmarkStore.open(this.storeOptions, 1, out, WebApplicationType.SERVLET,
				BenchmarkStore.servletWithoutSeed())) {
			var context = store.context();
			URI endpoint = URI
				.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/graphql");
			Client client = new Client(endpoint, this.user);
			// The day's analysis first, outside any request: on a loaded machine it may
			// take
			// longer than a request may (apparatus.graphql.analysis-timeout).
			context.getBean(AnalysisService.class).analyze(new AnalysisRequest(null, List.of(), null));
			Variables variables = Variables.sample(client.send(operation("sample"), Map.of()));
			out.printf("clients choose among %d units, %d agencies, %d functions, %d findings%n",
					variables.units.size(), variables.agencies.size(), variables.functions.size(),
					variables.findings.size());

			int most = this.clients.stream().mapToInt(Integer::intValue).max().orElseThrow();
			run(client, variables, FLOOR, most, Math.max(1, this.duration / 3), new Recorder(FLOOR));
			run(client, variables, QUERIES, most, this.duration, new Recorder(QUERIES));
			out.printf("warmed up for %d s%n", this.duration + Math.max(1, this.duration / 3));
			List<String> summary = new ArrayList<>();
			long failures = 0;
			for (int clients : this.clients) {
				Recorder floor = new Recorder(FLOOR);
				long t = System.nanoTime();
				run(client, variables, FLOOR, clients, this.duration, floor);
				double floorSeconds = seconds(t);
				out.printf("%n{ __typename } (the floor), %d clients:%n", clients);
				floor.print(out, floorSeconds, clients);
				Recorder planner = new Recorder(QUERIES);
				t = System.nanoTime();
				run(client, variables, QUERIES, clients, this.duration, planner);
				double plannerSeconds = seconds(t);
				out.printf("%nplanner queries, %d clients:%n", clients);
				planner.print(out, plannerSeconds, clients);
				failures += floor.failures.get() + planner.failures.get();
				double floorRate = floor.count() / floorSeconds;
				double plannerRate = planner.count() / plannerSeconds;
				summary.add(String.format("  %7d %11.0f %9.1f %11.0f %9.1f %11.2f %9.1f", clients, floorRate,
						floor.p95(), plannerRate, planner.p95(), plannerRate / floorRate, planner.p95() / floor.p95()));
			}
			out.printf("%nplanner queries against the floor, in this run (load average %.1f):%n", loadAverage());
			out.printf("  %7s %11s %9s %11s %9s %11s %9s%n", "clients", "floor rq/s", "p95 ms", "planner rq/s",
					"p95 ms", "rq/s ratio", "p95 ×");
			summary.forEach(out::println);
			out.println("  targets: rq/s ratio ≥ 0.25; planner p95 at 32 clients < 4 × the floor's");
			return failures == 0 ? 0 : 1;
		}
	}

	private static double loadAverage() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private void run(Client client, Variables variables, List<String> queries, int clients, int seconds,
			Recorder recorder) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		CountDownLatch done = new CountDownLatch(clients);
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				try {
					while (System.nanoTime() < end) {
						String name = queries.get(ThreadLocalRandom.current().nextInt(queries.size()));
						long t = System.nanoTime();
						boolean ok;
						try {
							JsonNode answer = client.send(operation(name), variables.forQuery(name));
							ok = !answer.has("errors");
							if (!ok) {
								recorder.firstError(name + ": " + answer.get("errors"));
							}
						}
						catch (RuntimeException ex) {
							ok = false;
							recorder.firstError(name + ": " + BenchmarkCommand.reason(ex));
						}
						recorder.record(name, System.nanoTime() - t, ok);
					}
				}
				finally {
					done.countDown();
				}
			}, "client-" + i);
			thread.setDaemon(true);
			thread.start();
		}
		done.await();
	}

	private static String operation(String name) {
		String path = "benchmark/" + name + ".graphql";
		try (InputStream in = GraphQlBenchmark.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One HTTP client shared by all client threads, as a connection pool would be. */
	private final class Client {

		private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		private final URI endpoint;

		private final String authorization;

		Client(URI endpoint, String user) {
			this.endpoint = endpoint;
			this.authorization = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
		}

		JsonNode send(String query, Map<String, Object> variables) {
			String body = GraphQlBenchmark.this.json.writeValueAsString(Map.of("query", query, "variables", variables));
			HttpRequest request = HttpRequest.newBuilder(this.endpoint)
				.header("Content-Type", "application/json")
				.header("Authorization", this.authorization)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException("HTTP " + response.statusCode());
				}
				return GraphQlBenchmark.this.json.readTree(response.body());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Codes the clients pick their arguments from, read from the server itself. */
	private record Variables(List<String> units, List<String> agencies, List<String> functions, List<String> findings) {

		static Variables sample(JsonNode answer) {
			JsonNode data = answer.get("data");
			List<String> units = new ArrayList<>();
			data.get("adminUnits").forEach(unit -> units.add(unit.get("code").asString()));
			List<String> agencies = new ArrayList<>();
			data.get("agencies").get("edges").forEach(edge -> agencies.add(edge.get("node").get("code").asString()));
			List<String> functions = new ArrayList<>();
			collectFunctions(data.get("functionTree"), functions);
			List<String> findings = new ArrayList<>();
			data.get("findings").get("edges").forEach(edge -> findings.add(edge.get("node").get("id").asString()));
			if (units.isEmpty() || agencies.isEmpty() || functions.isEmpty() || findings.isEmpty()) {
				throw new IllegalStateException("The store has no units, agencies, functions or findings to query");
			}
			return new Variables(units, agencies, functions, findings);
		}

		private static void collectFunctions(JsonNode nodes, List<String> into) {
			if (nodes == null) {
				return;
			}
			nodes.forEach(node -> {
				into.add(node.get("code").asString());
				collectFunctions(node.get("children"), into);
			});
		}

		Map<String, Object> forQuery(String name) {
			return switch (name) {
				case "findings-in-unit", "merger-candidates", "gaps", "unit-agencies" ->
					Map.of("unit", any(this.units));
				case "finding" -> Map.of("id", any(this.findings));
				case "coverage" -> Map.of("function", any(this.functions), "unit", any(this.units));
				case "agency-profile" -> Map.of("agency", any(this.agencies));
				case "search" -> Map.of("text", any(List.of(SEARCH_TEXTS)));
				default -> Map.of();
			};
		}

		private static String any(List<String> values) {
			return values.get(ThreadLocalRandom.current().nextInt(values.size()));
		}

	}

	/**
	 * Latencies per query, kept whole: percentiles are computed from every sample, not
	 * estimated.
	 */
	private static final class Recorder {

		private final Map<String, List<Long>> latencies = new LinkedHashMap<>();

		private final AtomicLong failures = new AtomicLong();

		private volatile String firstError;

		Recorder(List<String> queries) {
			queries.forEach(name -> this.latencies.put(name, new ArrayList<>()));
		}

		long count() {
			return this.latencies.values().stream().mapToLong(List::size).sum();
		}

		double p95() {
			long[] sorted = this.latencies.values()
				.stream()
				.flatMap(List::stream)
				.mapToLong(Long::longValue)
				.sorted()
				.toArray();
			return percentile(sorted, 95);
		}

		void record(String name, long nanos, boolean ok) {
			if (!ok) {
				this.failures.incrementAndGet();
			}
			List<Long> list = this.latencies.get(name);
			synchronized (list) {
				list.add(nanos);
			}
		}

		void firstError(String error) {
			if (this.firstError == null) {
				this.firstError = error;
			}
		}

		void print(PrintWriter out, double seconds, int clients) {
			List<Long> all = new ArrayList<>();
			out.printf("  %-18s %8s %9s %9s %9s%n", "query", "requests", "p50 ms", "p95 ms", "p99 ms");
			this.latencies.forEach((name, list) -> {
				all.addAll(list);
				printLine(out, name, list);
			});
			printLine(out, "all", all);
			out.printf("%,d requests from %d clients in %.1f s: %,.0f requests/s, %d failed%n", all.size(), clients,
					seconds, all.size() / seconds, this.failures.get());
			if (this.firstError != null) {
				out.println("first failure: " + this.firstError);
			}
		}

		private static void printLine(PrintWriter out, String name, List<Long> list) {
			long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(sorted);
			out.printf("  %-18s %,8d %9.1f %9.1f %9.1f%n", name, sorted.length, percentile(sorted, 50),
					percentile(sorted, 95), percentile(sorted, 99));
		}

		private static double percentile(long[] sorted, int p) {
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, index)] / 1e6;
		}

	}

}
