package org.apparatus.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apparatus.report.HtmlReport;
import org.apparatus.report.MarkdownReport;
import org.apparatus.report.Report;
import org.apparatus.report.ReportBuilder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Write the restructuring report: scope, summary, findings with their legal basis, merger candidates, units, "
				+ "a scenario's evaluation, justified findings and agency profiles.",
				"Formats available so far: md, html and json (pdf and xlsx are not built yet)." })
final class ReportCommand implements Callable<Integer> {

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Option(names = "--scenario", paramLabel = "NAME", description = "Include the evaluation of this saved scenario.")
	@Nullable String scenario;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Analysis date (default: today).")
	@Nullable LocalDate asOf;

	@Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi", description = "vi or en (default: ${DEFAULT-VALUE}).")
	String language = "vi";

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md, html or json (default: ${DEFAULT-VALUE}).")
	Format format = Format.MD;

	@Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
	Path out;

	@Spec
	CommandSpec spec;

	enum Format {

		MD, HTML, JSON

	}

	@Override
	public Integer call() throws IOException {
		if (!java.util.List.of("vi", "en").contains(this.language)) {
			throw new ParameterException(this.spec.commandLine(), "--lang must be vi or en, not " + this.language);
		}
		Report report;
		try (var context = this.storeOptions.startQuietly()) {
			report = context.getBean(ReportBuilder.class).build(this.asOf, this.scenario, this.language);
		}
		String text = switch (this.format) {
			case MD -> MarkdownReport.render(report);
			case HTML -> HtmlReport.render(report);
			case JSON -> json(report);
		};
		Files.writeString(this.out, text, StandardCharsets.UTF_8);
		this.spec.commandLine().getOut().printf("Wrote %s: %d findings, %d justified, %d agency profiles%s.%n", this.out,
				report.findings().size(), report.justified().size(), report.profiles().size(),
				report.evaluation() == null ? "" : ", scenario " + report.evaluation().scenario().name());
		return 0;
	}

	private static String json(Report report) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("language", report.language());
		document.put("asOf", report.asOf().toString());
		document.put("generatedAt", report.generatedAt().toString());
		Map<String, Object> scope = new LinkedHashMap<>();
		scope.put("agencies", report.stats().agencies());
		scope.put("staffQuota", report.stats().staffQuota());
		scope.put("functions", report.stats().functions());
		scope.put("mandatesInForce", report.stats().mandatesInForce());
		scope.put("responsibilities", report.stats().responsibilities());
		document.put("scope", scope);
		Map<String, Object> summary = new LinkedHashMap<>();
		report.stats().findingsBySeverity().forEach(c -> summary.put(c.key(), c.count()));
		document.put("findingsBySeverity", summary);
		Map<String, Object> byRule = new LinkedHashMap<>();
		report.stats().findingsByRule().forEach(c -> byRule.put(c.key(), c.count()));
		document.put("findingsByRule", byRule);
		document.put("findings", report.findings().stream().map(AnalysisFormat::json).toList());
		document.put("mergerCandidates", report.findings().stream().filter(f -> f.rule().equals("MERGER_CANDIDATE"))
			.map(AnalysisFormat::json).toList());
		document.put("justified", report.justified().stream().map(AnalysisFormat::json).toList());
		if (report.evaluation() != null) {
			document.put("scenario", ScenarioCommand.Evaluate.json(report.evaluation()));
		}
		document.put("agencies", report.profiles());
		return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(document);
	}

}
