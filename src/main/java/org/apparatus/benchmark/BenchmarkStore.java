package org.apparatus.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apparatus.ApparatusApplication;
import org.apparatus.audit.Attribution;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.generator.SyntheticDataSetGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Option;

import static org.apparatus.benchmark.BenchmarkCommand.seconds;

/**
 * The store a benchmark measures: the one {@code --store} or {@code --uri} names, or else
 * a new temporary one, deleted afterwards; an empty store is first filled with a
 * generated data set.
 */
final class BenchmarkStore implements AutoCloseable {

	/**
	 * Arguments of an application started for a benchmark: no seed, any free Bolt port,
	 * warnings only.
	 */
	/** Who imports the benchmarks' data sets, for the audit log of their stores. */
	static final Attribution BENCHMARK = Attribution.commandLine("benchmark data set");

	static final List<String> QUIET = List.of("--apparatus.seed=", "--apparatus.bolt-port=0",
			"--logging.level.root=WARN");

	private final Path work;

	private final ConfigurableApplicationContext context;

	private BenchmarkStore(Path work, ConfigurableApplicationContext context) {
		this.work = work;
		this.context = context;
	}

	/** The options of a benchmark that can measure a given store or server. */
	static final class Options {

		@Option(names = "--store", paramLabel = "DIR",
				description = "Directory of an embedded store to measure (default: a new temporary one).")
		@Nullable Path store;

		@Option(names = "--uri", paramLabel = "URI",
				description = "Measure a running Neo4j instead of an embedded store.")
		@Nullable URI uri;

		@Option(names = "--provinces", paramLabel = "N",
				description = "Provinces to generate into an empty store (default: 34, the national scale, for "
						+ "analyze; 1, the province scale, for graphql and report; web measures the seed "
						+ "province unless this is given).")
		@Nullable Integer provinces;

		/** The provinces asked for, or this benchmark's own default. */
		int provinces(int fallback) {
			return this.provinces == null ? fallback : this.provinces;
		}

	}

	/**
	 * Arguments of an application started for a benchmark that measures the web server:
	 * any free HTTP and Bolt port, warnings only.
	 */
	static final List<String> SERVLET = List.of("--server.port=0", "--apparatus.bolt-port=0",
			"--logging.level.root=WARN");

	/**
	 * {@link #SERVLET} and no seed: a store the benchmark fills with generated provinces.
	 */
	static List<String> servletWithoutSeed() {
		List<String> args = new ArrayList<>(SERVLET);
		args.add("--apparatus.seed=");
		return args;
	}

	/** Starts the application without a web server. */
	static BenchmarkStore open(Options options, int provinces, PrintWriter out) throws IOException {
		return open(options, provinces, out, WebApplicationType.NONE, QUIET);
	}

	/**
	 * Starts the application of this type with these arguments (a benchmark that needs
	 * the web server says so); an empty store is filled with {@code --provinces}
	 * generated provinces, or else {@code provinces}.
	 */
	static BenchmarkStore open(Options options, int provinces, PrintWriter out, WebApplicationType type,
			List<String> args) throws IOException {
		Path work = Files.createTempDirectory("apparatus-benchmark");
		ConfigurableApplicationContext context = null;
		try {
			context = start(type, options.uri == null && options.store == null ? work.resolve("store") : options.store,
					options.uri, args);
			fillIfEmpty(context.getBean(DataSetService.class), options.provinces(provinces), work, out);
			return new BenchmarkStore(work, context);
		}
		catch (IOException | RuntimeException ex) {
			if (context != null) {
				context.close();
			}
			FileSystemUtils.deleteRecursively(work);
			throw ex;
		}
	}

	/** Starts the application on this store or server. */
	static ConfigurableApplicationContext start(WebApplicationType type, @Nullable Path store, @Nullable URI uri,
			List<String> args) {
		List<String> all = new ArrayList<>(args);
		if (store != null) {
			all.add("--apparatus.store=" + store);
		}
		if (uri != null) {
			all.add("--spring.neo4j.uri=" + uri);
		}
		return ApparatusApplication.start(type, all);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() throws IOException {
		try {
			this.context.close();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.work);
		}
	}

	/**
	 * Fills an empty store with a generated data set of {@code provinces}, and says so; a
	 * filled store is left as it is.
	 */
	private static void fillIfEmpty(DataSetService dataSets, int provinces, Path work, PrintWriter out)
			throws IOException {
		if (!dataSets.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		Path data = work.resolve("data-set");
		SyntheticDataSetGenerator.generate(provinces, 1, data);
		var imported = dataSets.importFrom(DataSetSource.folder(data), ImportProgress.NONE, BENCHMARK);
		out.printf("generated and imported %d province(s) (%,d responsibilities) in %.1f s%n", provinces,
				imported.responsibilities(), seconds(started));
	}

}
