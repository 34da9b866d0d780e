package org.apparatus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.apparatus.api.InvalidArgumentException;
import org.apparatus.report.Report;
import org.apparatus.report.ReportBuilder;
import org.apparatus.report.ReportFormat;
import org.apparatus.report.ReportRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, description = {
		"Write the restructuring report: scope, summary, findings with their legal basis, merger candidates, units, "
				+ "what changed since an earlier day (--compare), a scenario's evaluation, justified findings and agency "
				+ "profiles.",
		"Formats: html (one self-contained file with SVG charts), pdf (the same, fonts embedded), md, xlsx "
				+ "(a summary and a sheet per rule) and json." })
final class ReportCommand implements Callable<Integer>, KnowledgeBaseCommand {

	private final ObjectProvider<ReportBuilder> reports;

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Option(names = "--scenario", paramLabel = "NAME", description = "Include the evaluation of this saved scenario.")
	@Nullable String scenario;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Analysis date (default: today).")
	@Nullable LocalDate asOf;

	@Option(names = "--compare", paramLabel = "YYYY-MM-DD",
			description = "Add the section \"what changed between two days\": this earlier day beside the analysis day "
					+ "(bodies established, ended, merged and renamed, units, leads, staff, findings, and a "
					+ "before/after chart by level, sector and kind). Must be before the analysis day.")
	@Nullable LocalDate compare;

	@Option(names = "--unit", paramLabel = "CODE",
			description = "The admin unit drawn as an org chart and an overlap heat map (default: the province).")
	@Nullable String unit;

	@Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi",
			description = "vi or en (default: ${DEFAULT-VALUE}).")
	String language = "vi";

	@Option(names = "--format", paramLabel = "FORMAT",
			description = "html, pdf, md, xlsx or json (default: the --out file's extension, else md).")
	@Nullable ReportFormat format;

	@Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
	Path out;

	@Spec
	CommandSpec spec;

	ReportCommand(ObjectProvider<ReportBuilder> reports) {
		this.reports = reports;
	}

	@Override
	public StoreOptions storeOptions() {
		return this.storeOptions;
	}

	@Override
	public Integer call() throws IOException {
		if (!java.util.List.of("vi", "en").contains(this.language)) {
			throw new ParameterException(this.spec.commandLine(), "--lang must be vi or en, not " + this.language);
		}
		Report report;
		try {
			report = this.reports.getObject()
				.build(new ReportRequest(this.asOf, this.scenario, this.unit, this.language, this.compare));
		}
		catch (InvalidArgumentException ex) {
			if (!"compare".equals(ex.argument())) {
				throw ex;
			}
			throw new ParameterException(this.spec.commandLine(), "--" + ex.getMessage());
		}
		Files.write(this.out,
				(this.format != null ? this.format : ReportFormat.forFile(this.out.getFileName().toString()))
					.render(report));
		this.spec.commandLine()
			.getOut()
			.printf("Wrote %s: %d findings, %d justified, %d agency profiles%s%s.%n", this.out,
					report.findings().size(), report.justified().size(), report.profiles().size(),
					report.evaluation() == null ? "" : ", scenario " + report.evaluation().scenario().name(),
					report.changes() == null ? "" : ", compared with " + report.changes().comparison().from());
		return 0;
	}

}
