package org.apparatus.report;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apparatus.analysis.AnalysisViews.Count;
import org.apparatus.analysis.Comparison;
import org.apparatus.analysis.Finding;
import org.apparatus.registry.AdminLevel;
import org.apparatus.scenario.Evaluation;
import org.apparatus.scenario.Figure;
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
				report.evaluation() == null ? null : report.evaluation().document(),
				report.changes() == null ? null : changes(report.changes()), report.profiles());
		return JsonDocuments.pretty(document).getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, Integer> counts(List<Count> counts) {
		Map<String, Integer> byKey = new LinkedHashMap<>();
		counts.forEach(c -> byKey.put(c.key(), c.count()));
		return byKey;
	}

	/**
	 * The comparison as {@code compare --format json} gives it, with the figures of both
	 * days (every key of either day on both, zeros included) and the names of what it
	 * refers to on each day.
	 */
	private static Changes changes(Report.Changes changes) {
		Map<String, Map<String, Group>> before = new LinkedHashMap<>();
		Map<String, Map<String, Group>> after = new LinkedHashMap<>();
		for (String dimension : Report.DIMENSIONS) {
			// levels from the top down, the others in code order
			Set<String> keys = dimension.equals("level")
					? new TreeSet<>(Comparator.comparingInt(level -> AdminLevel.valueOf(level).ordinal()))
					: new TreeSet<>();
			if (dimension.equals("level")) {
				keys.addAll(Report.LEVELS);
			}
			changes.before().stream().filter(f -> f.dimension().equals(dimension)).forEach(f -> keys.add(f.key()));
			changes.after().stream().filter(f -> f.dimension().equals(dimension)).forEach(f -> keys.add(f.key()));
			before.put(dimension, groups(changes.before(), dimension, keys));
			after.put(dimension, groups(changes.after(), dimension, keys));
		}
		var comparison = changes.comparison();
		return new Changes(comparison.from().toString(), comparison.to().toString(),
				new DayFigures(Evaluation.total(changes.before(), false), Evaluation.total(changes.before(), true),
						before.get("level"), before.get("sector"), before.get("kind")),
				new DayFigures(Evaluation.total(changes.after(), false), Evaluation.total(changes.after(), true),
						after.get("level"), after.get("sector"), after.get("kind")),
				comparison.document(), new TreeMap<>(changes.namesBefore()), new TreeMap<>(changes.namesAfter()));
	}

	private static Map<String, Group> groups(List<Figure> figures, String dimension, Set<String> keys) {
		Map<String, Group> groups = new LinkedHashMap<>();
		for (String key : keys) {
			Figure figure = figures.stream()
				.filter(f -> f.dimension().equals(dimension) && f.key().equals(key))
				.findFirst()
				.orElse(new Figure(dimension, key, 0, 0));
			groups.put(key, new Group(figure.agencies(), figure.staff()));
		}
		return groups;
	}

	record Document(String language, String asOf, String generatedAt, Report.Provenance provenance, Scope scope,
			Map<String, Integer> findingsBySeverity, Map<String, Integer> findingsByRule,
			List<Finding.Document> findings, List<Finding.Document> mergerCandidates, List<Finding.Document> justified,
			@JsonInclude(JsonInclude.Include.NON_NULL) Report.@Nullable UnitPicture unit,
			@JsonInclude(JsonInclude.Include.NON_NULL) Evaluation.@Nullable Document scenario,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Changes changes, List<Report.AgencyProfile> agencies) {
	}

	/**
	 * What changed between two days: the comparison, the figures of each day, and the
	 * names of the codes it refers to on each day.
	 */
	record Changes(String from, String to, DayFigures before, DayFigures after, Comparison.Document comparison,
			Map<String, String> namesBefore, Map<String, String> namesAfter) {
	}

	/** Active agencies and their staff quota on one day, in all and by dimension. */
	record DayFigures(long agencies, long staffQuota, Map<String, Group> byLevel, Map<String, Group> bySector,
			Map<String, Group> byKind) {
	}

	record Group(long agencies, long staffQuota) {
	}

	record Scope(long agencies, long staffQuota, long functions, long mandatesInForce, long responsibilities) {
	}

}
