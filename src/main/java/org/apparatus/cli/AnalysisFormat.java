package org.apparatus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apparatus.analysis.Analysis;
import org.apparatus.analysis.Finding;
import org.apparatus.system.JsonDocuments;
import org.apparatus.system.SpreadsheetText;

/** How {@code analyze} prints its findings: one renderer per format. */
enum AnalysisFormat {

	/** Aligned columns for a terminal; justified findings come after the others. */
	TABLE {
		@Override
		void render(Analysis analysis, String language, PrintWriter out) {
			out.printf("Analysis as of %s%s: %d findings%n", analysis.asOf(),
					analysis.unit() == null ? "" : " in " + analysis.unit() + " and below", analysis.findings().size());
			table(analysis.notJustified(), language, out);
			if (!analysis.justified().isEmpty()) {
				out.printf("%nJustified (%d), kept apart:%n", analysis.justified().size());
				table(analysis.justified(), language, out);
			}
			out.println();
			out.println("By rule:     " + summary(analysis.countByRule()));
			out.println("By severity: " + summary(analysis.countBySeverity()));
		}

		private void table(List<Finding> findings, String language, PrintWriter out) {
			if (findings.isEmpty()) {
				return;
			}
			int rule = findings.stream().mapToInt(f -> f.rule().length()).max().orElse(4);
			int unit = Math.max(4, findings.stream().mapToInt(f -> f.primaryUnit().length()).max().orElse(4));
			int id = findings.stream().mapToInt(f -> f.id().length()).max().orElse(2);
			String row = "%-8s %-" + rule + "s %-" + unit + "s %-" + id + "s %s%n";
			out.printf(row, "SEVERITY", "RULE", "UNIT", "ID", "EXPLANATION");
			for (Finding finding : findings) {
				String status = finding.status() == org.apparatus.analysis.FindingStatus.OPEN ? ""
						: "[" + finding.status() + ": " + finding.mark().note() + "] ";
				out.printf(row, finding.severity(), finding.rule(), finding.primaryUnit(), finding.id(),
						status + finding.explanation().in(language));
			}
		}

		private String summary(Map<?, Integer> counts) {
			List<String> parts = new ArrayList<>();
			counts.forEach((key, count) -> {
				if (count > 0) {
					parts.add(key + " " + count);
				}
			});
			return parts.isEmpty() ? "none" : String.join(", ", parts);
		}
	},

	/** {@code {"asOf", "summary", "findings": [...]}}, codes as in the data set. */
	JSON {
		@Override
		void render(Analysis analysis, String language, PrintWriter out) {
			var summary = new AnalysisDocument.Summary(analysis.findings().size(), analysis.countByRule(),
					analysis.countBySeverity(), analysis.countByStatus());
			out.println(JsonDocuments.pretty(new AnalysisDocument(analysis.asOf().toString(), analysis.unit(), summary,
					analysis.findings().stream().map(Finding::document).toList())));
		}
	},

	/**
	 * One row per finding, lists joined by {@code ;}, for a spreadsheet: it starts with a
	 * UTF-8 byte-order mark, so that a spreadsheet on a Windows PC reads the diacritics
	 * as UTF-8.
	 */
	CSV {
		@Override
		void render(Analysis analysis, String language, PrintWriter out) {
			out.print(SpreadsheetText.BYTE_ORDER_MARK);
			try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
				csv.printRecord("id", "rule", "severity", "status", "units", "agencies", "functions", "mandates",
						"score", "explanation_vi", "explanation_en", "note");
				for (Finding f : analysis.findings()) {
					csv.printRecord(Stream
						.of(f.id(), f.rule(), f.severity().name(), f.status().name(), String.join(";", f.units()),
								String.join(";", f.agencies()), String.join(";", f.functions()),
								String.join(";", f.mandates()),
								f.score() == null ? "" : String.format(Locale.ROOT, "%.4f", f.score()),
								f.explanation().vi(), f.explanation().en(), f.mark() == null ? "" : f.mark().note())
						.map(SpreadsheetText::toCsv)
						.toList());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	};

	abstract void render(Analysis analysis, String language, PrintWriter out);

}
