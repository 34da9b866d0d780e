package org.apparatus.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = "Run the analysis rules and print the findings: duplicated, overlapping, omitted and unclear responsibilities.")
final class AnalyzeCommand implements Callable<Integer>, KnowledgeBaseCommand {

	private final ObjectProvider<AnalysisService> analysis;

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
			description = "Analysis date: which mandates are in force (default: today, or apparatus.analysis.as-of).")
	@Nullable LocalDate asOf;

	@Option(names = "--rule", paramLabel = "ID", description = "Run only this rule (repeatable; default: every rule).")
	List<String> rules = new ArrayList<>();

	@Option(names = "--unit", paramLabel = "CODE",
			description = "Only findings in this admin unit and the units below it.")
	@Nullable String unit;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
			description = "table, json or csv (default: ${DEFAULT-VALUE}).")
	AnalysisFormat format = AnalysisFormat.TABLE;

	@Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi",
			description = "Language of the explanations in the table: vi or en (default: ${DEFAULT-VALUE}).")
	String language = "vi";

	@Spec
	CommandSpec spec;

	AnalyzeCommand(ObjectProvider<AnalysisService> analysis) {
		this.analysis = analysis;
	}

	@Override
	public StoreOptions storeOptions() {
		return this.storeOptions;
	}

	@Override
	public Integer call() {
		if (!List.of("vi", "en").contains(this.language)) {
			throw new ParameterException(this.spec.commandLine(), "--lang must be vi or en, not " + this.language);
		}
		var catalog = this.analysis.getObject().catalog();
		for (String rule : this.rules) {
			if (catalog.rule(rule).isEmpty()) {
				throw new ParameterException(this.spec.commandLine(),
						"--rule: there is no rule " + rule + "; the rules are "
								+ catalog.rules()
									.stream()
									.map(known -> known.id() + " (" + known.titleEn() + ")")
									.collect(Collectors.joining(", ")));
			}
		}
		var analysis = this.analysis.getObject().analyze(new AnalysisRequest(this.asOf, this.rules, this.unit));
		PrintWriter out = this.spec.commandLine().getOut();
		this.format.render(analysis, this.language, out);
		out.flush();
		return 0;
	}

}
