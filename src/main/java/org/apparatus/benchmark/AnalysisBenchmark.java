package org.apparatus.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Rule;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import static org.apparatus.benchmark.BenchmarkCommand.seconds;

@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = { "Run every rule on a store and print the time each takes.",
				"An empty store (the default is a new temporary one) is first filled with a generated data set." })
final class AnalysisBenchmark implements Callable<Integer> {

	@Mixin
	BenchmarkStore.Options storeOptions = new BenchmarkStore.Options();

	@Option(names = "--sample", paramLabel = "N", defaultValue = "5000",
			description = "Agencies whose every pair is compared with MERGER_CANDIDATE (default: ${DEFAULT-VALUE}).")
	int sample;

	@Option(names = "--as-of", paramLabel = "DAY", split = ",",
			description = { "Days to analyse (YYYY-MM-DD, several separated by commas or given again): every rule "
					+ "and the cross-check run on each in turn (default: the configured analysis day, today unless set).",
					"The generated set's reform: department mergers on 2025-03-01, no districts from 2025-07-01." })
	List<LocalDate> asOf = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		int failed = 0;
		PrintWriter out = this.spec.commandLine().getOut();
		try (var store = BenchmarkStore.open(this.storeOptions, 34, out)) {
			var context = store.context();
			AnalysisService analysis = context.getBean(AnalysisService.class);
			List<@Nullable LocalDate> days = new ArrayList<>(this.asOf);
			if (days.isEmpty()) {
				days.add(null);
			}
			for (LocalDate day : days) {
				failed += measure(analysis, day, context.getAutowireCapableBeanFactory(), out);
			}
		}
		return failed == 0 ? 0 : 1;
	}

	/** Every rule as of {@code day} (null: the configured day), then the cross-check. */
	private int measure(AnalysisService analysis, @Nullable LocalDate day, AutowireCapableBeanFactory beans,
			PrintWriter out) {
		LocalDate asOf = day != null ? day : analysis.defaultParameters().asOf();
		out.printf("as of %s:%n", asOf);
		int failed = 0;
		double total = 0;
		double slowest = 0;
		int findings = 0;
		for (Rule rule : analysis.catalog().rules()) {
			long t = System.nanoTime();
			int found;
			try {
				found = analysis.analyze(new AnalysisRequest(asOf, List.of(rule.id()), null)).findings().size();
			}
			catch (RuntimeException ex) {
				out.printf("  %-20s failed after %.2f s: %s%n", rule.id(), seconds(t), BenchmarkCommand.reason(ex));
				failed++;
				continue;
			}
			double took = seconds(t);
			out.printf("  %-20s %8.2f s %,9d findings%n", rule.id(), took, found);
			total += took;
			slowest = Math.max(slowest, took);
			findings += found;
		}
		if (failed > 0) {
			out.printf("%d rules failed%n", failed);
		}
		out.printf("all %d rules as of %s: %.1f s, slowest rule %.1f s, %,d findings%n",
				analysis.catalog().rules().size(), asOf, total, slowest, findings);
		long t = System.nanoTime();
		var check = beans.createBean(MergerCrossCheck.class).check(this.sample, asOf);
		out.printf("MERGER_CANDIDATE against every pair of %,d agencies (%,d pairs, %.1f s): %d candidates, %s%n",
				check.agencies(), check.pairs(), seconds(t), check.candidates(), check.differences().isEmpty()
						? "identical" : check.differences().size() + " differences " + check.differences());
		if (!check.differences().isEmpty()) {
			failed++;
		}
		out.flush();
		return failed;
	}

}
