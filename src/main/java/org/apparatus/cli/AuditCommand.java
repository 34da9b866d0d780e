package org.apparatus.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apparatus.audit.AuditFilter;
import org.apparatus.audit.AuditLog;
import org.apparatus.audit.AuditRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true, description = {
		"Print the audit log: who changed what in the knowledge base, when and why, newest first.",
		"Every import, edit, mark and scenario saved or applied has a record; nothing changes or deletes one." })
final class AuditCommand implements Callable<Integer>, KnowledgeBaseCommand {

	/** Codes shown per record; the others are counted. */
	static final int CODES_SHOWN = 3;

	private final ObjectProvider<AuditLog> log;

	@Mixin
	StoreOptions storeOptions = new StoreOptions();

	@Option(names = "--code", paramLabel = "CODE",
			description = "Only records that touched this code (an agency, unit, function, mandate, finding or scenario).")
	@Nullable String code;

	@Option(names = "--since", paramLabel = "YYYY-MM-DD",
			description = "Only records from this day on (in this machine's time zone).")
	@Nullable LocalDate since;

	@Option(names = "--user", paramLabel = "USER", description = "Only records of this user (editor, cli:alice).")
	@Nullable String user;

	@Spec
	CommandSpec spec;

	AuditCommand(ObjectProvider<AuditLog> log) {
		this.log = log;
	}

	@Override
	public StoreOptions storeOptions() {
		return this.storeOptions;
	}

	@Override
	public Integer call() {
		AuditFilter filter = new AuditFilter(this.code, this.user,
				this.since == null ? null : AuditFilter.startOf(this.since), null);
		List<AuditRecord> records = new ArrayList<>();
		AuditLog.Page page;
		String after = null;
		do {
			page = this.log.getObject().page(filter, after, 100);
			records.addAll(page.records());
			after = page.records().isEmpty() ? null
					: AuditLog.Page.cursorOf(page.records().get(page.records().size() - 1));
		}
		while (page.hasNext());
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("Audit log%s: %d %s%n", scope(), records.size(), records.size() == 1 ? "record" : "records");
		table(records, out);
		out.flush();
		return 0;
	}

	private String scope() {
		List<String> parts = new ArrayList<>();
		if (this.code != null) {
			parts.add("touching " + this.code);
		}
		if (this.user != null) {
			parts.add("by " + this.user);
		}
		if (this.since != null) {
			parts.add("since " + this.since);
		}
		return parts.isEmpty() ? "" : " " + String.join(", ", parts);
	}

	/**
	 * One line per record: aligned columns for when (UTC, to the second), who, the kind
	 * and the codes, then what was done with its figures and why.
	 */
	static void table(List<AuditRecord> records, PrintWriter out) {
		if (records.isEmpty()) {
			return;
		}
		int user = Math.max(4, records.stream().mapToInt(r -> r.user().length()).max().orElse(4));
		int kind = Math.max(4, records.stream().mapToInt(r -> r.kind().name().length()).max().orElse(4));
		int codes = Math.max(5, records.stream().mapToInt(r -> codes(r).length()).max().orElse(5));
		String row = "%-20s  %-" + user + "s  %-" + kind + "s  %-" + codes + "s  %s%n";
		out.printf(row, "AT (UTC)", "USER", "KIND", "CODES", "WHAT — WHY");
		for (AuditRecord r : records) {
			out.printf(row, r.at().truncatedTo(ChronoUnit.SECONDS), r.user(), r.kind(), codes(r),
					what(r) + " — " + (r.reason() == null ? "(no reason given)" : r.reason()));
		}
	}

	private static String codes(AuditRecord record) {
		List<String> codes = record.codes();
		if (codes.size() <= CODES_SHOWN) {
			return String.join(", ", codes);
		}
		return String.join(", ", codes.subList(0, CODES_SHOWN)) + " and " + (codes.size() - CODES_SHOWN) + " more";
	}

	private static String what(AuditRecord record) {
		if (record.counts().isEmpty()) {
			return record.description();
		}
		List<String> counts = new ArrayList<>();
		for (Map.Entry<String, Long> count : record.counts().entrySet()) {
			counts.add(String.format("%s %,d", count.getKey(), count.getValue()));
		}
		return record.description() + " (" + String.join(", ", counts) + ")";
	}

}
