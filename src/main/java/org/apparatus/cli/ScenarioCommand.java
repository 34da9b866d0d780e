package org.apparatus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.apparatus.analysis.Finding;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.scenario.Evaluation;
import org.apparatus.scenario.MovedResponsibility;
import org.apparatus.scenario.Scenario;
import org.apparatus.scenario.ScenarioComparison;
import org.apparatus.scenario.ScenarioService;
import org.apparatus.scenario.ScenarioYaml;
import org.apparatus.system.JsonDocuments;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scenario", mixinStandardHelpOptions = true,
		subcommands = { ScenarioCommand.Import.class, ScenarioCommand.Export.class, ScenarioCommand.List_.class,
				ScenarioCommand.Evaluate.class, ScenarioCommand.Compare.class, ScenarioCommand.Apply.class },
		description = "Restructuring scenarios: save one from a YAML file, evaluate it without changing the knowledge base, "
				+ "compare its prediction with the record of a later day, apply it.")
final class ScenarioCommand {

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Check a scenario file against the knowledge base and save it under its name.")
	static final class Import implements Callable<Integer>, KnowledgeBaseCommand {

		private final ObjectProvider<ScenarioService> scenarios;

		@Mixin
		StoreOptions storeOptions = new StoreOptions();

		@Parameters(paramLabel = "FILE", description = "The scenario file (YAML, docs/scenarios.md).")
		Path file;

		@Option(names = "--reason", paramLabel = "TEXT",
				description = "Why the scenario is saved, for the audit log (see 'audit').")
		@Nullable String reason;

		@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
				description = "Check the scenario against the knowledge base as of this day (default: the file's "
						+ "as_of, else today): a plan made before a recorded reform fits the day before it.")
		@Nullable LocalDate asOf;

		@Spec
		CommandSpec spec;

		Import(ObjectProvider<ScenarioService> scenarios) {
			this.scenarios = scenarios;
		}

		@Override
		public StoreOptions storeOptions() {
			return this.storeOptions;
		}

		@Override
		public Integer call() throws IOException {
			// Checked before reading: a file of gigabytes is refused without filling
			// memory.
			long bytes = Files.size(this.file);
			if (bytes > 4L * ScenarioYaml.MAX_CHARACTERS) {
				throw ScenarioYaml.tooLarge(bytes + " bytes");
			}
			Scenario scenario = ScenarioYaml.read(Files.readString(this.file, StandardCharsets.UTF_8));
			this.scenarios.getObject().save(scenario, this.asOf, Attribution.commandLine(this.reason));
			this.spec.commandLine()
				.getOut()
				.printf("Saved scenario %s: %d changes.%n", scenario.name(), scenario.changes().size());
			return 0;
		}

	}

	@Command(name = "export", mixinStandardHelpOptions = true, description = "Print a saved scenario as a YAML file.")
	static final class Export implements Callable<Integer>, KnowledgeBaseCommand {

		private final ObjectProvider<ScenarioService> scenarios;

		@Mixin
		StoreOptions storeOptions = new StoreOptions();

		@Parameters(paramLabel = "NAME")
		String name;

		@Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the terminal.")
		@Nullable Path out;

		@Spec
		CommandSpec spec;

		Export(ObjectProvider<ScenarioService> scenarios) {
			this.scenarios = scenarios;
		}

		@Override
		public StoreOptions storeOptions() {
			return this.storeOptions;
		}

		@Override
		public Integer call() throws IOException {
			String yaml = ScenarioYaml.write(this.scenarios.getObject().require(this.name));
			if (this.out == null) {
				this.spec.commandLine().getOut().print(yaml);
			}
			else {
				Files.writeString(this.out, yaml, StandardCharsets.UTF_8);
			}
			return 0;
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved scenarios.")
	static final class List_ implements Callable<Integer>, KnowledgeBaseCommand {

		private final ObjectProvider<ScenarioService> scenarios;

		@Mixin
		StoreOptions storeOptions = new StoreOptions();

		@Spec
		CommandSpec spec;

		List_(ObjectProvider<ScenarioService> scenarios) {
			this.scenarios = scenarios;
		}

		@Override
		public StoreOptions storeOptions() {
			return this.storeOptions;
		}

		@Override
		public Integer call() {
			for (Scenario scenario : this.scenarios.getObject().all()) {
				this.spec.commandLine()
					.getOut()
					.printf("%-30s %3d changes  %s%n", scenario.name(), scenario.changes().size(),
							scenario.description());
			}
			return 0;
		}

	}

	@Command(name = "evaluate", mixinStandardHelpOptions = true,
			description = "Run every rule before and after the scenario's changes, without changing the knowledge base.")
	static final class Evaluate implements Callable<Integer>, KnowledgeBaseCommand {

		private final ObjectProvider<ScenarioService> scenarios;

		@Mixin
		StoreOptions storeOptions = new StoreOptions();

		@Parameters(paramLabel = "NAME")
		String name;

		@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
				description = "Analysis date (default: the scenario's as_of, else today).")
		@Nullable LocalDate asOf;

		@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
				description = "table or json (default: ${DEFAULT-VALUE}).")
		Format format = Format.TABLE;

		@Spec
		CommandSpec spec;

		Evaluate(ObjectProvider<ScenarioService> scenarios) {
			this.scenarios = scenarios;
		}

		@Override
		public StoreOptions storeOptions() {
			return this.storeOptions;
		}

		enum Format {

			TABLE, JSON

		}

		@Override
		public Integer call() {
			Evaluation evaluation = this.scenarios.getObject().evaluate(this.name, this.asOf);
			PrintWriter out = this.spec.commandLine().getOut();
			if (this.format == Format.JSON) {
				out.println(JsonDocuments.pretty(evaluation.document()));
			}
			else {
				table(evaluation, out);
			}
			out.flush();
			return 0;
		}

		private static void table(Evaluation e, PrintWriter out) {
			out.printf("Scenario %s, evaluated as of %s: %d changes%n", e.scenario().name(), e.asOf(),
					e.scenario().changes().size());
			out.printf("  agencies %,d → %,d, staff quota %,d → %,d%n", Evaluation.total(e.before(), false),
					Evaluation.total(e.after(), false), Evaluation.total(e.before(), true),
					Evaluation.total(e.after(), true));
			out.printf("  findings resolved %d, introduced %d, unchanged %d; new GAP and ORPHAN_AGENCY findings: %d%n",
					e.resolved().size(), e.introduced().size(), e.unchanged().size(), e.newGapsAndOrphans().size());
			out.printf("  responsibilities moved %d%n", e.moved().size());
			section(out, "New GAP and ORPHAN_AGENCY findings", e.newGapsAndOrphans());
			section(out, "Resolved", e.resolved());
			section(out, "Introduced",
					e.introduced().stream().filter(f -> !e.newGapsAndOrphans().contains(f)).toList());
		}

		private static void section(PrintWriter out, String title, List<Finding> findings) {
			if (findings.isEmpty()) {
				return;
			}
			out.println();
			out.println(title + ":");
			for (Finding f : findings) {
				out.printf("  %-8s %-18s %-31s %s%n", f.severity(), f.rule(), f.id(), f.explanation().vi());
			}
		}

	}

	@Command(name = "compare", mixinStandardHelpOptions = true,
			description = "Hold a scenario's prediction against the record: the bodies and lead holders it leaves on the "
					+ "day it is evaluated on, matched with those the record holds on --to.")
	static final class Compare implements Callable<Integer>, KnowledgeBaseCommand {

		/** Rows of each list the table shows; json has them all. */
		static final int SHOWN = 15;

		private final ObjectProvider<ScenarioService> scenarios;

		@Mixin
		StoreOptions storeOptions = new StoreOptions();

		@Parameters(paramLabel = "NAME")
		String name;

		@Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD",
				description = "The day of the record the prediction is compared with.")
		LocalDate to;

		@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
				description = "The day the scenario is evaluated on, as in 'scenario evaluate' (default: the scenario's "
						+ "as_of, else today).")
		@Nullable LocalDate asOf;

		@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
				description = "table or json (default: ${DEFAULT-VALUE}).")
		Evaluate.Format format = Evaluate.Format.TABLE;

		@Spec
		CommandSpec spec;

		Compare(ObjectProvider<ScenarioService> scenarios) {
			this.scenarios = scenarios;
		}

		@Override
		public StoreOptions storeOptions() {
			return this.storeOptions;
		}

		@Override
		public Integer call() {
			ScenarioComparison comparison;
			try {
				comparison = this.scenarios.getObject().compare(this.name, this.asOf, this.to);
			}
			catch (InvalidArgumentException ex) {
				throw new ParameterException(this.spec.commandLine(), "--" + ex.getMessage());
			}
			PrintWriter out = this.spec.commandLine().getOut();
			if (this.format == Evaluate.Format.JSON) {
				out.println(JsonDocuments.pretty(comparison.document()));
			}
			else {
				table(comparison, out);
			}
			out.flush();
			return 0;
		}

		private static void table(ScenarioComparison c, PrintWriter out) {
			ScenarioComparison.Summary s = c.summary();
			out.printf("Scenario %s evaluated as of %s, compared with the record of %s%n", c.scenario().name(),
					c.asOf(), c.to());
			out.printf("  bodies: %d matched (%d by name, %d by the record's events), %d missed, %d wrong: %s%n",
					s.bodiesMatched(), s.bodiesMatchedByName(), s.bodiesMatchedByEvents(), s.bodiesMissed(),
					s.bodiesWrong(), percent(s.bodyRatio()));
			out.printf("  leads:  %d matched, %d missed, %d wrong: %s%n", s.leadsMatched(), s.leadsMissed(),
					s.leadsWrong(), percent(s.leadRatio()));
			out.printf("  match ratio %s%n", percent(s.matchRatio()));
			list(out, "Bodies matched by name",
					c.bodies().matched().stream().filter(m -> m.by() == ScenarioComparison.MatchedBy.NAME).toList(),
					m -> m.predicted().code() + " = " + m.recorded().code() + " " + m.recorded().name());
			list(out, "Bodies matched by the record's events",
					c.bodies().matched().stream().filter(m -> m.by() == ScenarioComparison.MatchedBy.EVENTS).toList(),
					m -> m.predicted().code() + " → " + m.recorded().code() + " " + m.recorded().name());
			list(out, "Bodies missed (in the record, not predicted)", c.bodies().missed(), Compare::body);
			list(out, "Bodies wrong (predicted, not in the record)", c.bodies().wrong(), Compare::body);
			list(out, "Leads missed (in the record, not predicted)", c.leads().missed(),
					l -> l.function() + " in " + l.unit() + ": " + String.join(", ", l.recorded()));
			list(out, "Leads wrong (the record differs)", c.leads().wrong(),
					l -> l.function() + " in " + l.unit() + ": predicted " + String.join(", ", l.predicted())
							+ ", recorded " + (l.recorded().isEmpty() ? "nobody" : String.join(", ", l.recorded())));
		}

		private static String percent(double ratio) {
			return String.format(java.util.Locale.ROOT, "%.1f %%", ratio * 100);
		}

		private static <T> void list(PrintWriter out, String title, List<T> items,
				java.util.function.Function<T, String> line) {
			out.println();
			out.printf("%s: %d%n", title, items.size());
			items.stream().limit(SHOWN).forEach(item -> out.println("  " + line.apply(item)));
			if (items.size() > SHOWN) {
				out.printf("  … and %d more (--format json lists them all)%n", items.size() - SHOWN);
			}
		}

		private static String body(ScenarioComparison.Body b) {
			return b.code() + " " + b.name() + " (" + b.unit() + ")";
		}

	}

	@Command(name = "apply", mixinStandardHelpOptions = true,
			description = "Carry a saved scenario out on the knowledge base, in one transaction, recording its change events.")
	static final class Apply implements Callable<Integer>, KnowledgeBaseCommand {

		private final ObjectProvider<ScenarioService> scenarios;

		@Mixin
		StoreOptions storeOptions = new StoreOptions();

		@Parameters(paramLabel = "NAME")
		String name;

		@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
				description = "The day the changes take effect; the record before it stays as it was (default: the "
						+ "scenario's as_of, else today).")
		@Nullable LocalDate asOf;

		@Option(names = "--reason", paramLabel = "TEXT",
				description = "Why the scenario is applied, for the audit log (see 'audit').")
		@Nullable String reason;

		@Spec
		CommandSpec spec;

		Apply(ObjectProvider<ScenarioService> scenarios) {
			this.scenarios = scenarios;
		}

		@Override
		public StoreOptions storeOptions() {
			return this.storeOptions;
		}

		@Override
		public Integer call() {
			List<MovedResponsibility> moved = this.scenarios.getObject()
				.apply(this.name, this.asOf, Attribution.commandLine(this.reason));
			this.spec.commandLine()
				.getOut()
				.printf("Applied scenario %s: %d responsibilities moved.%n", this.name, moved.size());
			return 0;
		}

	}

}
