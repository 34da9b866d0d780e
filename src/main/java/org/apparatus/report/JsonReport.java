package org.apparatus.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apparatus.analysis.AnalysisViews.Count;
import org.apparatus.analysis.Finding;
import org.apparatus.scenario.Evaluation;
import org.apparatus.system.JsonDocuments;
import org.jspecify.annotations.Nullable;

/**
 * The report as JSON for other tools: findings as in {@code analyze --format json}, the
 * scenario as in {@code scenario evaluate --format json}.
 */
final class JsonReport {

	private JsonReport() {
	}

	static byte[] render(Report report) {
		var stats = report.stats();
		var document = new Document(report.language(), report.asOf().toString(), report.generatedAt().toString(),
				report.provenance(),
				new Scope(stats.agencies(), stats.staffQuota(), stats.functions(), stats.mandatesInForce(),
						stats.responsibilities()),
				counts(stats.findingsBySeverity()), counts(stats.findingsByRule()),
				report.findings().stream().map(Finding::document).toList(),
				report.findings()
					.stream()
					.filter(f -> f.rule().equals("MERGER_CANDIDATE"))
					.map(Finding::document)
					.toList(),
				report.justified().stream().map(Finding::document).toList(), report.unit(),
				report.evaluation() == null ? null : report.evaluation().document(), report.profiles());
		return JsonDocuments.pretty(document).getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, Integer> counts(List<Count> counts) {
		Map<String, Integer> byKey = new LinkedHashMap<>();
		counts.forEach(c -> byKey.put(c.key(), c.count()));
		return byKey;
	}

	record Document(String language, String asOf, String generatedAt, Report.Provenance provenance, Scope scope,
			Map<String, Integer> findingsBySeverity, Map<String, Integer> findingsByRule,
			List<Finding.Document> findings, List<Finding.Document> mergerCandidates, List<Finding.Document> justified,
			@JsonInclude(JsonInclude.Include.NON_NULL) Report.@Nullable UnitPicture unit,
			@JsonInclude(JsonInclude.Include.NON_NULL) Evaluation.@Nullable Document scenario,
			List<Report.AgencyProfile> agencies) {
	}

	record Scope(long agencies, long staffQuota, long functions, long mandatesInForce, long responsibilities) {
	}

}
