package org.apparatus.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apparatus.dataset.DataSetFile;
import org.apparatus.dataset.DataSetService;
import org.apparatus.dataset.DataSetSource;
import org.apparatus.dataset.ImportProgress;
import org.apparatus.generator.SyntheticDataSetGenerator;
import org.springframework.boot.WebApplicationType;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code benchmark}: performance measurements, each on an application of its own that the
 * command starts; nothing of them is part of the application's beans or API.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
		subcommands = { BenchmarkCommand.Import.class, AnalysisBenchmark.class, GraphQlBenchmark.class,
				ReportBenchmark.class, WebBenchmark.class },
		description = "Measure performance and print the figures (see docs/performance.md).")
public final class BenchmarkCommand {

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Generate a synthetic data set, import it into a new embedded store, and print the throughput.")
	static final class Import implements Callable<Integer> {

		@Option(names = "--provinces", paramLabel = "N", defaultValue = "34",
				description = "Provinces to generate (default: ${DEFAULT-VALUE}, the national scale).")
		int provinces;

		@Option(names = "--seed", paramLabel = "S", defaultValue = "1",
				description = "Random seed (default: ${DEFAULT-VALUE}).")
		long seed;

		@Option(names = "--without-periods",
				description = "Generate the set without its reform (no periods, no changes.csv): the set as "
						+ "generated before it had periods, to compare the import with.")
		boolean withoutPeriods;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			var out = this.spec.commandLine().getOut();
			Path work = Files.createTempDirectory("apparatus-benchmark");
			try {
				Path data = work.resolve("data-set");
				long t0 = System.nanoTime();
				var generated = SyntheticDataSetGenerator.generate(this.provinces, this.seed, data,
						!this.withoutPeriods);
				out.printf("generated %,d rows (%,d responsibilities, %,d change events; %s) in %.1f s%n",
						generated.rows().values().stream().mapToLong(Long::longValue).sum(),
						generated.responsibilities(), generated.changes(),
						this.withoutPeriods ? "without periods" : "with periods", seconds(t0));
				long t1 = System.nanoTime();
				try (var context = BenchmarkStore.start(WebApplicationType.NONE, work.resolve("store"), null,
						BenchmarkStore.QUIET)) {
					out.printf("started the embedded database in %.1f s%n", seconds(t1));
					var service = context.getBean(DataSetService.class);
					long t2 = System.nanoTime();
					var phases = new PhaseClock(t2);
					var result = service.importFrom(DataSetSource.folder(data), phases, BenchmarkStore.BENCHMARK);
					double took = seconds(t2);
					Runtime rt = Runtime.getRuntime();
					out.printf("imported %,d responsibilities in %.1f s: %,.0f responsibilities/s%n",
							result.responsibilities(), took, result.responsibilities() / took);
					phases.print(out, took);
					out.printf(
							"  nodes created %,d, relationships created %,d; heap in use %,d MiB of %,d MiB max; "
									+ "%d cores, Java %s%n",
							result.nodesCreated(), result.relationshipsCreated(),
							(rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rt.availableProcessors(),
							System.getProperty("java.version"));
					long t3 = System.nanoTime();
					var again = service.importFrom(DataSetSource.folder(data), ImportProgress.NONE,
							BenchmarkStore.BENCHMARK);
					out.printf("re-imported the same set in %.1f s (nodes created %d, relationships created %d)%n",
							seconds(t3), again.nodesCreated(), again.relationshipsCreated());
				}
			}
			finally {
				FileSystemUtils.deleteRecursively(work);
			}
			return 0;
		}

		/**
		 * Where an import's time goes, from its progress callbacks: reading and
		 * validating (until the first file is written), then each file until its last
		 * batch.
		 */
		static final class PhaseClock implements ImportProgress {

			private final long started;

			private final java.util.Map<DataSetFile, Long> finished = new java.util.EnumMap<>(DataSetFile.class);

			private long firstWrite;

			PhaseClock(long started) {
				this.started = started;
			}

			@Override
			public synchronized void written(DataSetFile file, long done, long total) {
				long now = System.nanoTime();
				if (this.firstWrite == 0) {
					this.firstWrite = now;
				}
				this.finished.put(file, now);
			}

			void print(java.io.PrintWriter out, double total) {
				if (this.firstWrite == 0) {
					return;
				}
				StringBuilder line = new StringBuilder(
						String.format("  read and validate %.1f s", (this.firstWrite - this.started) / 1e9));
				long previous = this.firstWrite;
				for (var entry : this.finished.entrySet()) {
					line.append(String.format(", %s %.1f s", entry.getKey().fileName(),
							(entry.getValue() - previous) / 1e9));
					previous = entry.getValue();
				}
				line.append(String.format(", commit and rest %.1f s", total - (previous - this.started) / 1e9));
				out.println(line);
			}

		}

	}

	static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** What went wrong, in one line: the message of the root cause. */
	static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
	}

}
