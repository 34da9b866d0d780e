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
import org.apparatus.analysis.Comparison;
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
 * @param changes what changed between an earlier day and the analysis day, when the
 * report is asked to compare them
 */
public record Report(String language, LocalDate asOf, Instant generatedAt, Stats stats, List<Finding> findings,
		List<Finding> justified, @Nullable Evaluation evaluation, List<AgencyProfile> profiles,
		Map<String, String> names, Map<String, String> mandateNumbers, @Nullable UnitPicture unit,
		Provenance provenance, Map<String, String> ruleTitles, @Nullable Changes changes) {

	/** The levels every before-and-after comparison shows, even where they are empty. */
	static final List<String> LEVELS = List.of("PROVINCE", "DISTRICT", "COMMUNE");

	/** The dimensions of before-and-after figures, in the order they are shown. */
	static final List<String> DIMENSIONS = List.of("level", "sector", "kind");

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

	/**
	 * A fraction (a merger score) as the report's language writes it, two decimals: 0,23
	 * in Vietnamese, 0.23 in English.
	 */
	public String fraction(double value) {
		String point = String.format(Locale.ROOT, "%.2f", value);
		return english() ? point : point.replace('.', ',');
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
		if (this.changes != null) {
			lines.put(text("So sánh với ngày", "Compared with the day"), this.changes.comparison().from().toString());
		}
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
	 * A scenario's before-and-after figures as table rows: see {@link #figures}.
	 */
	public List<FigureRow> scenarioFigures(Evaluation e) {
		return figures(e.before(), e.after());
	}

	/**
	 * Before-and-after figures as table rows: the total, then by level, sector and kind
	 * (a heading row for each, with no figures), every key that has agencies before or
	 * after, and the province, district and commune levels always.
	 */
	public List<FigureRow> figures(List<Figure> before, List<Figure> after) {
		List<FigureRow> rows = new ArrayList<>();
		rows.add(new FigureRow(text("Tổng cộng", "Total"), false, Evaluation.total(before, false),
				Evaluation.total(after, false), Evaluation.total(before, true), Evaluation.total(after, true)));
		for (String dimension : DIMENSIONS) {
			rows.add(new FigureRow(dimensionTitle(dimension), true, 0, 0, 0, 0));
			rows.addAll(figures(dimension, before, after));
		}
		return rows;
	}

	/** "Theo cấp" or "By level", and so on. */
	public String dimensionTitle(String dimension) {
		return switch (dimension) {
			case "level" -> text("Theo cấp", "By level");
			case "sector" -> text("Theo khối", "By sector");
			default -> text("Theo loại hình", "By kind");
		};
	}

	/**
	 * The before-and-after rows of one dimension ({@code level}, {@code sector} or
	 * {@code kind}), levels from the top down, the others in code order.
	 */
	public List<FigureRow> figures(String dimension, List<Figure> before, List<Figure> after) {
		Set<String> keys = new LinkedHashSet<>();
		if (dimension.equals("level")) {
			keys.addAll(LEVELS);
		}
		before.stream().filter(f -> f.dimension().equals(dimension)).forEach(f -> keys.add(f.key()));
		after.stream().filter(f -> f.dimension().equals(dimension)).forEach(f -> keys.add(f.key()));
		List<String> ordered = new ArrayList<>(keys);
		if (dimension.equals("level")) {
			// from the top down, as a reader expects, not alphabetically
			ordered.sort(Comparator.comparingInt(level -> AdminLevel.valueOf(level).ordinal()));
		}
		List<FigureRow> rows = new ArrayList<>();
		for (String key : ordered) {
			Figure then = figure(before, dimension, key);
			Figure now = figure(after, dimension, key);
			rows.add(new FigureRow(label(dimension, key), false, then.agencies(), now.agencies(), then.staff(),
					now.staff()));
		}
		if (!dimension.equals("level")) {
			// the largest groups first, then in the reader's words
			rows.sort(Comparator.comparingLong((FigureRow row) -> Math.max(row.agenciesBefore(), row.agenciesAfter()))
				.reversed()
				.thenComparing(FigureRow::label));
		}
		return rows;
	}

	/**
	 * The lists of the section "what changed between two days" as tables in the report's
	 * language, every name as it was on its day: bodies established, ended, merged and
	 * renamed, units ended, established and re-parented, and functions whose lead
	 * changed.
	 */
	public List<ChangeTable> changeTables(Changes changes) {
		return changeTables(changes, true);
	}

	/**
	 * The lists of {@link #changeTables}, the leads that changed grouped by their holders
	 * on each day (how many functions, and a few of them by name), for a reader: a reform
	 * moves hundreds of leads, most of them in a few directions. The workbook and JSON
	 * have every one.
	 */
	public List<ChangeTable> changeTablesForReading(Changes changes) {
		return changeTables(changes, false);
	}

	private List<ChangeTable> changeTables(Changes changes, boolean everyLead) {
		Comparison c = changes.comparison();
		String from = c.from().toString();
		String to = c.to().toString();
		String agency = text("Cơ quan, tổ chức", "Body");
		String unit = text("Địa bàn", "Unit");
		List<ChangeTable> tables = new ArrayList<>();
		tables.add(new ChangeTable(text("Cơ quan, tổ chức được thành lập", "Bodies established"),
				List.of(agency, unit, text("Biên chế", "Staff quota")),
				c.established()
					.stream()
					.map(b -> List.of(changes.newName(b.code()), changes.newName(b.after().unit()),
							quota(b.after().staffQuota())))
					.toList()));
		tables.add(new ChangeTable(text("Cơ quan, tổ chức kết thúc hoạt động", "Bodies ended"),
				List.of(agency, unit, text("Biên chế", "Staff quota"), text("Ngày ", "On ") + to),
				c.ended()
					.stream()
					.map(b -> List.of(changes.oldName(b.code()), changes.oldName(b.before().unit()),
							quota(b.before().staffQuota()),
							b.after() == null ? text("Không còn trong hồ sơ", "No longer recorded")
									: label("agencyStatus", b.after().status())))
					.toList()));
		tables.add(new ChangeTable(text("Hợp nhất, sáp nhập", "Mergers"),
				List.of(text("Ngày", "Day"), text("Các cơ quan, tổ chức", "Bodies"), text("Hợp nhất thành", "Into")),
				c.merged()
					.stream()
					.map(e -> List.of(e.date().toString(), changes.oldNames(e.originals()),
							changes.newNames(e.results())))
					.toList()));
		tables.add(new ChangeTable(text("Cơ quan, tổ chức đổi tên", "Bodies renamed"),
				List.of(text("Tên ngày ", "Name on ") + from, text("Tên ngày ", "Name on ") + to, unit),
				c.renamed()
					.stream()
					.map(b -> List.of(changes.oldName(b.code()), changes.newName(b.code()),
							changes.newName(b.after().unit())))
					.toList()));
		String level = text("Cấp", "Level");
		String parent = text("Trực thuộc", "Part of");
		tables.add(new ChangeTable(text("Địa bàn kết thúc", "Units ended"),
				List.of(unit, level, parent, text("Nhập vào", "Became part of")),
				c.unitsEnded()
					.stream()
					.map(u -> List.of(changes.oldName(u.code()), label("level", u.level()),
							changes.oldName(u.parentBefore()), changes.newNames(u.became())))
					.toList()));
		tables.add(new ChangeTable(text("Địa bàn được thành lập", "Units established"), List.of(unit, level, parent), c
			.unitsEstablished()
			.stream()
			.map(u -> List.of(changes.newName(u.code()), label("level", u.level()), changes.newName(u.parentAfter())))
			.toList()));
		tables.add(new ChangeTable(text("Địa bàn thay đổi trực thuộc", "Units re-parented"),
				List.of(unit, level, text("Trực thuộc ngày ", "Part of on ") + from,
						text("Trực thuộc ngày ", "Part of on ") + to),
				c.reparented()
					.stream()
					.map(u -> List.of(changes.newName(u.code()), label("level", u.level()),
							changes.oldName(u.parentBefore()), changes.newName(u.parentAfter())))
					.toList()));
		String nobody = text("(không ai)", "(nobody)");
		if (!everyLead) {
			tables.add(leadGroups(changes, nobody));
			return tables;
		}
		tables.add(new ChangeTable(text("Chức năng, nhiệm vụ thay đổi cơ quan chủ trì", "Functions whose lead changed"),
				List.of(text("Chức năng, nhiệm vụ", "Function"), unit, text("Chủ trì ngày ", "Lead on ") + from,
						text("Chủ trì ngày ", "Lead on ") + to),
				c.leads()
					.stream()
					.map(l -> List.of(changes.newName(l.function()), changes.newName(l.unit()),
							l.before().isEmpty() ? nobody : changes.oldNames(l.before()),
							l.after().isEmpty() ? nobody : changes.newNames(l.after())))
					.toList()));
		return tables;
	}

	/** How many functions in a group of leads the reading tables name. */
	static final int NAMED_IN_GROUP = 4;

	private ChangeTable leadGroups(Changes changes, String nobody) {
		Map<List<String>, List<String>> groups = new LinkedHashMap<>();
		for (Comparison.LeadChange lead : changes.comparison().leads()) {
			List<String> holders = List.of(lead.before().isEmpty() ? nobody : changes.oldNames(lead.before()),
					lead.after().isEmpty() ? nobody : changes.newNames(lead.after()));
			groups.computeIfAbsent(holders, k -> new ArrayList<>()).add(changes.newName(lead.function()));
		}
		List<List<String>> rows = groups.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<List<String>, List<String>> e) -> e.getValue().size())
				.reversed()
				.thenComparing(e -> e.getKey().get(0))
				.thenComparing(e -> e.getKey().get(1)))
			.map(e -> {
				List<String> functions = e.getValue().stream().distinct().toList();
				String named = String.join(", ", functions.stream().limit(NAMED_IN_GROUP).toList());
				if (functions.size() > NAMED_IN_GROUP) {
					named += text(" và " + (functions.size() - NAMED_IN_GROUP) + " nhiệm vụ khác",
							" and " + (functions.size() - NAMED_IN_GROUP) + " more");
				}
				return List.of(e.getKey().get(0), e.getKey().get(1), number(e.getValue().size()), named);
			})
			.toList();
		String from = changes.comparison().from().toString();
		String to = changes.comparison().to().toString();
		return new ChangeTable(text("Chức năng, nhiệm vụ thay đổi cơ quan chủ trì", "Functions whose lead changed"),
				changes.comparison().leads().size(),
				List.of(text("Chủ trì ngày ", "Lead on ") + from, text("Chủ trì ngày ", "Lead on ") + to,
						text("Số nhiệm vụ", "Functions"), text("Chức năng, nhiệm vụ", "Which")),
				rows);
	}

	/**
	 * The ids of findings by rule, rules in id order: a long list of findings shown
	 * compactly, each id linking to the finding where the report lists it in full.
	 */
	public static Map<String, List<String>> idsByRule(List<Finding> findings) {
		Map<String, List<String>> ids = new TreeMap<>();
		findings.forEach(f -> ids.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f.id()));
		return ids;
	}

	private String quota(@Nullable Integer quota) {
		return quota == null ? "" : number(quota);
	}

	/** The section's title: "Những thay đổi từ … đến …". */
	public String changesTitle(Changes changes) {
		return text("Những thay đổi từ ngày " + changes.comparison().from() + " đến ngày " + changes.comparison().to(),
				"What changed between " + changes.comparison().from() + " and " + changes.comparison().to());
	}

	/** The chart's title for a dimension of the comparison. */
	public String changesChartTitle(String dimension) {
		return switch (dimension) {
			case "level" -> text("Cơ quan, tổ chức và biên chế theo cấp", "Bodies and staff quota by level");
			case "sector" -> text("Cơ quan, tổ chức và biên chế theo khối", "Bodies and staff quota by sector");
			default -> text("Cơ quan, tổ chức và biên chế theo loại hình", "Bodies and staff quota by kind");
		};
	}

	/**
	 * A table of the section "what changed between two days": a title, how many changes
	 * it shows (more than its rows when they are grouped), column headings and rows of
	 * text.
	 */
	public record ChangeTable(String title, int count, List<String> columns, List<List<String>> rows) {

		ChangeTable(String title, List<String> columns, List<List<String>> rows) {
			this(title, rows.size(), columns, rows);
		}

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
	 * one, or one a part of the other), and their codes.
	 */
	public record Overlap(String first, String second, long shared, List<String> functions) {
	}

	/**
	 * The apparatus on an earlier day beside the analysis day ({@code report --compare}):
	 * the day comparison {@code compare} prints, the figures of each day by level, sector
	 * and kind, and the names of what the comparison refers to as they were on each day.
	 *
	 * @param before active agencies and staff quota on the earlier day, by dimension
	 * @param after the same on the analysis day
	 * @param namesBefore names of the agencies, units and functions the comparison refers
	 * to, by code, on the earlier day, in the report's language
	 * @param namesAfter the same on the analysis day
	 */
	public record Changes(Comparison comparison, List<Figure> before, List<Figure> after,
			Map<String, String> namesBefore, Map<String, String> namesAfter) {

		/** A code's name on the earlier day. */
		public String oldName(@Nullable String code) {
			return code == null ? "" : this.namesBefore.getOrDefault(code, code);
		}

		/** A code's name on the analysis day. */
		public String newName(@Nullable String code) {
			return code == null ? "" : this.namesAfter.getOrDefault(code, code);
		}

		/** Codes' names on the earlier day, joined. */
		public String oldNames(List<String> codes) {
			return String.join(", ", codes.stream().map(this::oldName).toList());
		}

		/** Codes' names on the analysis day, joined. */
		public String newNames(List<String> codes) {
			return String.join(", ", codes.stream().map(this::newName).toList());
		}

	}

	/** A reporting line in a profile. */
	public record Superior(String line, String code, String name) {
	}

}
