package org.apparatus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.generator.SyntheticDataSetGenerator;
import org.springframework.context.ConfigurableApplicationContext;

import static org.apparatus.cli.BenchmarkCommand.seconds;

/**
 * The store a benchmark measures: the one {@code --store} or {@code --uri} names, or else a new
 * temporary one, deleted afterwards; an empty store is first filled with a generated data set.
 */
final class BenchmarkStore implements AutoCloseable {

	private final Path work;

	private final ConfigurableApplicationContext context;

	private BenchmarkStore(Path work, ConfigurableApplicationContext context) {
		this.work = work;
		this.context = context;
	}

	/** Starts the application without a web server. */
	static BenchmarkStore open(StoreOptions options, int provinces, PrintWriter out) throws IOException {
		return open(options, provinces, out, StoreOptions::startQuietly);
	}

	/** Starts the application with {@code start} (a benchmark that needs the web server says how). */
	static BenchmarkStore open(StoreOptions options, int provinces, PrintWriter out,
			Function<StoreOptions, ConfigurableApplicationContext> start) throws IOException {
		Path work = Files.createTempDirectory("apparatus-benchmark");
		ConfigurableApplicationContext context = null;
		try {
			if (options.store == null && options.uri == null) {
				options.store = work.resolve("store");
			}
			context = start.apply(options);
			fillIfEmpty(context.getBean(DataSetService.class), provinces, work, out);
			return new BenchmarkStore(work, context);
		}
		catch (IOException | RuntimeException ex) {
			if (context != null) {
				context.close();
			}
			FileTrees.delete(work);
			throw ex;
		}
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
			FileTrees.delete(this.work);
		}
	}

	/** Fills an empty store with a generated data set of {@code provinces}, and says so; a filled store is left as it is. */
	private static void fillIfEmpty(DataSetService dataSets, int provinces, Path work, PrintWriter out) throws IOException {
		if (!dataSets.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		Path data = work.resolve("data-set");
		SyntheticDataSetGenerator.generate(provinces, 1, data);
		var imported = dataSets.importFrom(DataSetSource.folder(data), ImportProgress.NONE);
		out.printf("generated and imported %d province(s) (%,d responsibilities) in %.1f s%n", provinces,
				imported.responsibilities(), seconds(started));
	}

}
