package org.apparatus.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apparatus.analysis.AnalysisViews.Stats;
import org.apparatus.analysis.Finding;
import org.apparatus.registry.AdminLevel;
import org.apparatus.scenario.Evaluation;
import org.apparatus.scenario.Figure;
import org.jspecify.annotations.Nullable;

/**
 * Everything a report shows, assembled once and rendered in any format: the figures in it
 * are the analysis's own.
 *
 * @param language {@code vi} or {@code en}
 * @param stats the knowledge base's counts and the findings by rule, severity and status
 * @param findings the open and acknowledged findings, in the analysis's order
 * @param justified the findings planners marked as justified, with their marks
 * @param evaluation the scenario's evaluation, when the report is for one
 * @param names display names of the entities the findings refer to, by code, in the
 * report's language
 * @param mandateNumbers the number (or code) of each mandate the findings cite
 * @param provenance where the knowledge base comes from
 * @param ruleTitles each rule's title in the report's language, by rule id
 * @param unit the unit drawn as an overlap heat map and an org chart, null when the
 * knowledge base has none
 */
public record Report(String language, LocalDate asOf, Instant generatedAt, Stats stats, List<Finding> findings,
		List<Finding> justified, @Nullable Evaluation evaluation, List<AgencyProfile> profiles,
		Map<String, String> names, Map<String, String> mandateNumbers, @Nullable UnitPicture unit,
		Provenance provenance, Map<String, String> ruleTitles) {

	public boolean english() {
		return "en".equals(this.language);
	}

	/** The report's text in its language: Vietnamese or English. */
	public String text(String vi, String en) {
		return english() ? en : vi;
	}

	/**
	 * A count as the report's language writes it: 2.613 in Vietnamese, 2,613 in English.
	 */
	public String number(long n) {
		String grouped = String.format(Locale.ROOT, "%,d", n);
		return english() ? grouped : grouped.replace(',', '.');
	}

	/** A moment as the report shows it: {@code 2026-12-02T19:28:45 UTC}. */
	public static String moment(Instant instant) {
		return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC).withNano(0)) + " UTC";
	}

	/**
	 * The first section's lines, label and value, in the report's language: analysis
	 * date, provenance, and the knowledge base's counts.
	 */
	public Map<String, String> scopeLines() {
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put(text("Ngày phân tích (văn bản còn hiệu lực)", "Analysis date (mandates in force)"),
				this.asOf.toString());
		lines.putAll(provenanceLines());
		lines.put(text("Cơ quan, tổ chức đang hoạt động", "Active agencies"), number(this.stats.agencies()));
		lines.put(text("Biên chế", "Staff quota"), number(this.stats.staffQuota()));
		lines.put(text("Chức năng, nhiệm vụ", "Functions and tasks"), number(this.stats.functions()));
		lines.put(text("Văn bản còn hiệu lực", "Mandates in force"), number(this.stats.mandatesInForce()));
		lines.put(text("Trách nhiệm được giao", "Responsibilities"), number(this.stats.responsibilities()));
		return lines;
	}

	/**
	 * The ids of the findings to deal with that name each agency, for the profiles (one
	 * pass, not one per agency).
	 */
	public Map<String, List<String>> findingIdsByAgency() {
		Map<String, List<String>> ids = new HashMap<>();
		for (Finding f : this.findings) {
			f.agencies()
				.stream()
				.distinct()
				.forEach(agency -> ids.computeIfAbsent(agency, k -> new ArrayList<>()).add(f.id()));
		}
		return ids;
	}

	/** The scope's provenance lines, label and value, in the report's language. */
	public Map<String, String> provenanceLines() {
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put(text("Thời điểm lập báo cáo", "Generated"), moment(this.generatedAt));
		if (this.provenance.dataSet() != null) {
			lines.put(text("Bộ dữ liệu", "Data set"), this.provenance.dataSet() + (this.provenance.importedAt() == null
					? "" : text(", nạp lúc ", ", imported ") + moment(this.provenance.importedAt())));
		}
		if (this.provenance.changedAt() != null) {
			lines.put(text("Cơ sở dữ liệu thay đổi lần cuối", "Knowledge base last changed"),
					moment(this.provenance.changedAt()));
		}
		return lines;
	}

	/**
	 * The findings to deal with by primary admin unit (in code order), each unit's in the
	 * analysis's order.
	 */
	public Map<String, List<Finding>> findingsByUnit() {
		Map<String, List<Finding>> byUnit = new TreeMap<>();
		this.findings
			.forEach(f -> byUnit.computeIfAbsent(f.units().isEmpty() ? "-" : f.units().get(0), k -> new ArrayList<>())
				.add(f));
		return byUnit;
	}

	/**
	 * A scenario's before-and-after figures as table rows: the total, then by level,
	 * sector and kind (a heading row for each, with no figures), every key that has
	 * agencies before or after.
	 */
	public List<FigureRow> scenarioFigures(Evaluation e) {
		List<FigureRow> rows = new ArrayList<>();
		rows.add(new FigureRow(text("Tổng cộng", "Total"), false, Evaluation.total(e.before(), false),
				Evaluation.total(e.after(), false), Evaluation.total(e.before(), true),
				Evaluation.total(e.after(), true)));
		Map<String, String[]> dimensions = new LinkedHashMap<>();
		dimensions.put("level", new String[] { "Theo cấp", "By level" });
		dimensions.put("sector", new String[] { "Theo khối", "By sector" });
		dimensions.put("kind", new String[] { "Theo loại hình", "By kind" });
		dimensions.forEach((dimension, heading) -> {
			rows.add(new FigureRow(text(heading[0], heading[1]), true, 0, 0, 0, 0));
			Set<String> keys = new LinkedHashSet<>();
			e.before().stream().filter(f -> f.dimension().equals(dimension)).forEach(f -> keys.add(f.key()));
			e.after().stream().filter(f -> f.dimension().equals(dimension)).forEach(f -> keys.add(f.key()));
			List<String> ordered = new ArrayList<>(keys);
			if (dimension.equals("level")) {
				// from the top down, as a reader expects, not alphabetically
				ordered.sort(Comparator.comparingInt(level -> AdminLevel.valueOf(level).ordinal()));
			}
			for (String key : ordered) {
				Figure before = figure(e.before(), dimension, key);
				Figure after = figure(e.after(), dimension, key);
				rows.add(new FigureRow(label(dimension, key), false, before.agencies(), after.agencies(),
						before.staff(), after.staff()));
			}
		});
		return rows;
	}

	private static Figure figure(List<Figure> figures, String dimension, String key) {
		return figures.stream()
			.filter(f -> f.dimension().equals(dimension) && f.key().equals(key))
			.findFirst()
			.orElse(new Figure(dimension, key, 0, 0));
	}

	/**
	 * A row of a scenario's figures: agencies and staff quota before and after; a heading
	 * row has none.
	 */
	public record FigureRow(String label, boolean heading, long agenciesBefore, long agenciesAfter, long staffBefore,
			long staffAfter) {
	}

	/**
	 * The reader's word for a code: {@code label("role", "LEAD")} is "Chủ trì" or "Lead".
	 */
	public String label(String kind, @Nullable String code) {
		return code == null ? "" : ReportLabels.label(kind, code, english());
	}

	/** The heading of a group of findings: severity, rule id and the rule's title. */
	public String group(Finding f) {
		String title = this.ruleTitles.get(f.rule());
		return label("severity", f.severity().name()) + " · " + f.rule() + (title == null ? "" : ": " + title);
	}

	public String name(String code) {
		return this.names.getOrDefault(code, code);
	}

	/**
	 * Where the knowledge base comes from.
	 *
	 * @param dataSet the data set last imported (a folder or a class-path location), null
	 * if none was
	 * @param importedAt when it was imported
	 * @param changedAt when anything last changed: an import, an edit, an applied
	 * scenario
	 */
	public record Provenance(@Nullable String dataSet, @Nullable Instant importedAt, @Nullable Instant changedAt) {
	}

	/** One agency in the appendix. */
	public record AgencyProfile(String code, String name, String unit, String unitName, String level, String kind,
			String sector, @Nullable Long staffQuota, List<Held> responsibilities, List<Superior> superiors) {
	}

	/** A responsibility in a profile. */
	public record Held(String function, String name, String role, List<String> mandates) {
	}

	/**
	 * One unit's agencies as pictures: who reports to whom (the org chart) and which
	 * pairs lead the same functions and tasks (the heat map).
	 *
	 * @param agencies the unit's active agencies in code order
	 * @param overlaps the pairs with at least one function or task both lead, in code
	 * order
	 */
	public record UnitPicture(String code, String name, List<ChartNode> agencies, List<Overlap> overlaps) {
	}

	/**
	 * An agency in the org chart.
	 *
	 * @param superior the agency of the same unit it reports to (an administrative line
	 * first), or null
	 */
	public record ChartNode(String code, String name, @Nullable String superior, @Nullable String line) {
	}

	/**
	 * Two agencies of a unit and the number of functions and tasks both lead (the same
	 * one, or one a part of the other).
	 */
	public record Overlap(String first, String second, long shared) {
	}

	/** A reporting line in a profile. */
	public record Superior(String line, String code, String name) {
	}

}
