package org.apparatus.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.apparatus.report.Report;
import org.apparatus.report.ReportBuilder;
import org.apparatus.report.ReportFormat;
import org.apparatus.report.ReportRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import static org.apparatus.benchmark.BenchmarkCommand.seconds;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = {
				"Assemble the report (analysis, a scenario's evaluation, profiles) and write it in every format, "
						+ "printing the time each step takes and the size of each file.",
				"An empty store (the default is a new temporary one) is first filled with a generated data set." })
final class ReportBenchmark implements Callable<Integer> {

	@Mixin
	BenchmarkStore.Options storeOptions = new BenchmarkStore.Options();

	@Option(names = "--scenario", paramLabel = "NAME", description = "Include the evaluation of this saved scenario.")
	@Nullable String scenario;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Analysis date (default: today).")
	@Nullable LocalDate asOf;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		try (var store = BenchmarkStore.open(this.storeOptions, 1, out)) {
			ReportBuilder builder = store.context().getBean(ReportBuilder.class);
			ReportRequest request = new ReportRequest(this.asOf, this.scenario, null, "vi");
			long t = System.nanoTime();
			Report report = builder.build(request);
			out.printf("assembled the report in %.1f s: %,d findings, %,d agency profiles%s%n", seconds(t),
					report.findings().size(), report.profiles().size(),
					report.evaluation() == null ? "" : ", scenario " + report.evaluation().scenario().name());
			t = System.nanoTime();
			builder.build(request);
			out.printf("assembled it again in %.1f s (warm: query plans compiled, the baseline analysis cached%s)%n",
					seconds(t), this.scenario == null ? "" : ", the scenario evaluated again");
			for (ReportFormat format : ReportFormat.values()) {
				t = System.nanoTime();
				byte[] file = format.render(report);
				out.printf("  %-5s %6.2f s %,11d bytes%n", format.extension(), seconds(t), file.length);
			}
			Runtime rt = Runtime.getRuntime();
			out.printf("heap in use %,d MiB of %,d MiB max; %d cores, Java %s%n",
					(rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rt.availableProcessors(),
					System.getProperty("java.version"));
		}
		return 0;
	}

}
