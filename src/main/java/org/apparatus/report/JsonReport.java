package org.apparatus.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apparatus.analysis.Finding;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON for other tools: findings as in {@code analyze --format json}, the scenario as
 * in {@code scenario evaluate --format json}.
 */
final class JsonReport {

	private JsonReport() {
	}

	static byte[] render(Report report) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("language", report.language());
		document.put("asOf", report.asOf().toString());
		document.put("generatedAt", report.generatedAt().toString());
		document.put("provenance", report.provenance());
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
		document.put("findings", report.findings().stream().map(Finding::document).toList());
		document.put("mergerCandidates", report.findings().stream().filter(f -> f.rule().equals("MERGER_CANDIDATE"))
			.map(Finding::document).toList());
		document.put("justified", report.justified().stream().map(Finding::document).toList());
		if (report.unit() != null) {
			document.put("unit", report.unit());
		}
		if (report.evaluation() != null) {
			document.put("scenario", report.evaluation().document());
		}
		document.put("agencies", report.profiles());
		return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(document)
			.getBytes(StandardCharsets.UTF_8);
	}

}
