package org.apparatus.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.apparatus.analysis.Comparison;
import org.apparatus.analysis.DayComparison;
import org.apparatus.analysis.Finding;
import org.apparatus.system.JsonDocuments;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
		description = "Compare the apparatus on two days: bodies established, ended, merged and renamed, units ended "
				+ "and re-parented, functions whose lead changed, staff, and findings resolved, introduced and unchanged.")
final class CompareCommand implements Callable<Integer>, KnowledgeBaseCommand {

	/** Rows of each list the table shows; json has them all. */
	static final int SHOWN = 15;

	enum Format {

		TABLE, JSON

	}

	private final ObjectProvider<DayComparison> comparison;

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "The earlier day.")
	LocalDate from;

	@Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "The later day.")
	LocalDate to;

	@Option(names = "--unit", paramLabel = "CODE",
			description = "Only this admin unit and the units below it (on either day).")
	@Nullable String unit;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
			description = "table or json (default: ${DEFAULT-VALUE}).")
	Format format = Format.TABLE;

	@Spec
	CommandSpec spec;

	CompareCommand(ObjectProvider<DayComparison> comparison) {
		this.comparison = comparison;
	}

	@Override
	public StoreOptions storeOptions() {
		return this.storeOptions;
	}

	@Override
	public Integer call() {
		Comparison c = this.comparison.getObject().compare(this.from, this.to, this.unit);
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.format == Format.JSON) {
			out.println(JsonDocuments.pretty(c.document()));
		}
		else {
			table(c, out);
		}
		out.flush();
		return 0;
	}

	private static String quota(long quota, boolean recorded) {
		return recorded ? String.format("%,d", quota) : "not recorded";
	}

	private static void table(Comparison c, PrintWriter out) {
		out.printf("The apparatus on %s and on %s%s%n", c.from(), c.to(),
				c.unit() == null ? "" : " (" + c.unit() + " and below)");
		out.printf("Active bodies %d → %d, staff quota %s → %s%n", c.staff().agenciesBefore(),
				c.staff().agenciesAfter(), quota(c.staff().quotaBefore(), c.staff().quotaRecordedBefore()),
				quota(c.staff().quotaAfter(), c.staff().quotaRecordedAfter()));
		bodies(out, "Established", c.established(), b -> b.after().name() + " (" + b.after().unit() + ")");
		bodies(out, "Ended", c.ended(),
				b -> b.before().name() + (b.after() == null ? "" : " — " + b.after().status().toLowerCase()));
		bodies(out, "Renamed", c.renamed(), b -> b.before().name() + " → " + b.after().name());
		list(out, "Merged", c.merged(),
				e -> e.date() + " " + String.join(" + ", e.originals()) + " → " + String.join(", ", e.results()));
		list(out, "Units ended", c.unitsEnded(), u -> u.code() + " " + u.nameBefore()
				+ (u.became().isEmpty() ? "" : " → " + String.join(", ", u.became())));
		list(out, "Units established", c.unitsEstablished(), u -> u.code() + " " + u.nameAfter());
		list(out, "Units re-parented", c.reparented(),
				u -> u.code() + " " + u.nameAfter() + ": " + u.parentBefore() + " → " + u.parentAfter());
		list(out, "Leads changed", c.leads(),
				l -> l.function() + " in " + l.unit() + ": " + holders(l.before()) + " → " + holders(l.after()));
		findings(out, "Findings resolved", c.resolved());
		findings(out, "Findings introduced", c.introduced());
		out.printf("Findings unchanged: %d%n", c.unchanged().size());
	}

	private static void bodies(PrintWriter out, String title, List<Comparison.BodyChange> bodies,
			java.util.function.Function<Comparison.BodyChange, String> line) {
		list(out, title, bodies, b -> b.code() + " " + line.apply(b));
	}

	private static void findings(PrintWriter out, String title, List<Finding> findings) {
		list(out, title, findings, f -> f.id() + " " + f.explanation().vi());
	}

	private static <T> void list(PrintWriter out, String title, List<T> items,
			java.util.function.Function<T, String> line) {
		out.printf("%s: %d%n", title, items.size());
		items.stream().limit(SHOWN).forEach(item -> out.println("  " + line.apply(item)));
		if (items.size() > SHOWN) {
			out.printf("  … and %d more (--format json lists them all)%n", items.size() - SHOWN);
		}
	}

	private static String holders(List<String> holders) {
		return holders.isEmpty() ? "nobody" : String.join(", ", holders);
	}

}
