package org.apparatus.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apparatus.analysis.AnalysisViews.Count;
import org.apparatus.analysis.Comparison;
import org.apparatus.analysis.Finding;
import org.apparatus.scenario.Evaluation;
import org.apparatus.scenario.Figure;
import org.apparatus.scenario.MovedResponsibility;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The report as one self-contained HTML file (styles inline, charts as inline SVG, no
 * external resource) that prints well: the same sections, in the same order, as
 * {@link MarkdownReport}.
 */
final class HtmlReport {

	private static final String STYLE = """
			body { font-family: "%s", Arial, "Noto Sans", "DejaVu Sans", sans-serif; max-width: 60rem; margin: 2rem auto; color: #1b1b1b; line-height: 1.45; }
			h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2rem; } h3 { margin-top: 1.4rem; }
			table { border-collapse: collapse; margin: .6rem 0; } td, th { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; }
			td.n, th.n { text-align: right; } .id { font-family: "%s", monospace; font-size: .85em; color: #555; }
			.basis { color: #444; font-style: italic; } li { margin: .3rem 0; } figure { margin: .8rem 0; page-break-inside: avoid; }
			@page { size: A4; margin: 18mm 15mm; }
			@media print { body { margin: 0; max-width: none; } h2 { page-break-before: always; } h2.with-previous { page-break-before: auto; } }
			"""
		.formatted(ReportFonts.SANS, ReportFonts.MONO);

	private HtmlReport() {
	}

	static String render(Report r) {
		StringBuilder h = new StringBuilder();
		String title = r.text("Báo cáo rà soát chức năng, nhiệm vụ của bộ máy",
				"Review of the apparatus's functions and tasks")
				+ (r.evaluation() == null ? "" : r.text(" và phương án sắp xếp ", " and restructuring scenario ")
						+ r.evaluation().scenario().name());
		h.append("<!DOCTYPE html>\n<html lang=\"")
			.append(r.language())
			.append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
			.append(esc(title))
			.append("</title>\n<style>")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n");
		h.append("<h1>").append(esc(title)).append("</h1>\n");

		h.append("<h2 class=\"with-previous\">1. ")
			.append(r.text("Phạm vi và nguồn dữ liệu", "Scope and provenance"))
			.append("</h2>\n<table>\n");
		r.scopeLines().forEach((label, value) -> row(h, label, value));
		h.append("</table>\n");

		h.append("<h2 class=\"with-previous\">2. ")
			.append(r.text("Tóm tắt", "Summary"))
			.append("</h2>\n<p>")
			.append(r.text("Phát hiện cần xử lý: ", "Findings to deal with: "))
			.append(r.findings().size())
			.append(r.text("; được chấp nhận (có lý do): ", "; justified (with a reason): "))
			.append(r.justified().size())
			.append(".</p>\n");
		Map<String, Long> bySeverity = new LinkedHashMap<>();
		r.stats().findingsBySeverity().forEach(c -> bySeverity.put(r.label("severity", c.key()), (long) c.count()));
		h.append(ReportCharts.bars(r.text("Phát hiện theo mức độ", "Findings by severity"), bySeverity));
		Map<String, Long> byRule = new LinkedHashMap<>();
		for (Count c : r.stats().findingsByRule()) {
			if (c.count() > 0) {
				byRule.put(c.key(), (long) c.count());
			}
		}
		h.append(ReportCharts.bars(r.text("Phát hiện theo quy tắc", "Findings by rule"), byRule));

		h.append("<h2>3. ")
			.append(r.text("Các phát hiện theo quy tắc và mức độ", "Findings by rule and severity"))
			.append("</h2>\n");
		Map<String, List<Finding>> groups = new LinkedHashMap<>();
		r.findings().forEach(f -> groups.computeIfAbsent(r.group(f), k -> new ArrayList<>()).add(f));
		if (groups.isEmpty()) {
			h.append("<p>").append(r.text("Không có.", "None.")).append("</p>\n");
		}
		groups.forEach((group, findings) -> {
			h.append("<h3>").append(esc(group)).append(" (").append(findings.size()).append(")</h3>\n<ul>\n");
			findings.forEach(f -> finding(h, r, f, null, true));
			h.append("</ul>\n");
		});

		h.append("<h2>4. ").append(r.text("Đề xuất hợp nhất", "Merger candidates")).append("</h2>\n");
		List<Finding> mergers = r.findings().stream().filter(f -> f.rule().equals("MERGER_CANDIDATE")).toList();
		if (mergers.isEmpty()) {
			h.append("<p>")
				.append(r.text("Không có cặp cơ quan nào có danh mục nhiệm vụ đủ gần để đề xuất hợp nhất.",
						"No two agencies have portfolios close enough to propose a merger."))
				.append("</p>\n");
		}
		else {
			h.append("<ul>\n");
			for (Finding f : mergers) {
				h.append("<li>")
					.append(esc(String.join(" + ", f.agencies().stream().map(r::name).toList())))
					.append(" — ")
					.append(r.text("điểm ", "score "))
					.append(r.fraction(f.score() == null ? 0 : f.score()))
					.append("; ")
					.append(r.text("cùng chủ trì: ", "both lead: "))
					.append(esc(String.join(", ", f.functions().stream().map(r::name).toList())))
					.append("</li>\n");
			}
			h.append("</ul>\n");
		}

		h.append("<h2>5. ")
			.append(r.text("Theo địa bàn", "By admin unit"))
			.append("</h2>\n<table>\n<tr><th>")
			.append(r.text("Địa bàn", "Unit"))
			.append("</th><th class=\"n\">")
			.append(r.text("Phát hiện", "Findings"))
			.append("</th><th>")
			.append(r.text("Theo quy tắc", "By rule"))
			.append("</th></tr>\n");
		Map<String, List<Finding>> byUnit = r.findingsByUnit();
		byUnit.forEach((unit, findings) -> {
			Map<String, Integer> rules = new TreeMap<>();
			findings.forEach(f -> rules.merge(f.rule(), 1, Integer::sum));
			h.append("<tr><td>")
				.append(esc(r.name(unit)))
				.append("</td><td class=\"n\">")
				.append(findings.size())
				.append("</td><td>")
				.append(esc(String.join(", ",
						rules.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())))
				.append("</td></tr>\n");
		});
		h.append("</table>\n");
		byUnit.forEach((unit, findings) -> {
			h.append("<h3>").append(esc(r.name(unit))).append("</h3>\n<p>");
			Map<String, List<String>> rules = new TreeMap<>();
			findings.forEach(f -> rules.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f.id()));
			h.append(String.join("<br/>\n",
					rules.entrySet().stream().map(e -> e.getKey() + ": " + links(e.getValue())).toList()));
			h.append("</p>\n");
		});
		if (r.unit() != null) {
			h.append("<h3>")
				.append(esc(r.unit().name()))
				.append(r.text(": cơ cấu và chồng chéo", ": structure and overlaps"))
				.append("</h3>\n");
			h.append(ReportCharts.orgChart(r, r.unit())).append(ReportCharts.heatMap(r, r.unit()));
		}

		int section = 6;
		if (r.changes() != null) {
			changes(h, r, r.changes(), section++);
		}
		if (r.evaluation() != null) {
			scenario(h, r, r.evaluation(), section++);
		}

		h.append("<h2>")
			.append(section)
			.append(". ")
			.append(r.text("Các phát hiện được chấp nhận", "Justified findings"))
			.append("</h2>\n");
		if (r.justified().isEmpty()) {
			h.append("<p>").append(r.text("Không có.", "None.")).append("</p>\n");
		}
		else {
			h.append("<ul>\n");
			r.justified()
				.forEach(f -> finding(h, r, f,
						r.text("Lý do", "Reason") + " (" + f.mark().markedBy() + "): " + f.mark().note()));
			h.append("</ul>\n");
		}

		h.append("<h2>").append(r.text("Phụ lục: hồ sơ cơ quan", "Appendix: agency profiles")).append("</h2>\n");
		Map<String, List<String>> findingsByAgency = r.findingIdsByAgency();
		for (Report.AgencyProfile p : r.profiles()) {
			h.append("<h3>")
				.append(esc(p.name()))
				.append(" <span class=\"id\">")
				.append(esc(p.code()))
				.append("</span></h3>\n<p>")
				.append(esc(p.unitName()))
				.append(" · ")
				.append(r.label("kind", p.kind()))
				.append(" · ")
				.append(r.label("sector", p.sector()));
			if (p.staffQuota() != null) {
				h.append(" · ").append(r.text("biên chế ", "staff quota ")).append(p.staffQuota());
			}
			if (!p.superiors().isEmpty()) {
				h.append("<br/>")
					.append(r.text("Trực thuộc: ", "Reports to: "))
					.append(esc(String.join("; ",
							p.superiors()
								.stream()
								.map(s -> s.name() + " (" + r.label("line", s.line()) + ")")
								.toList())));
			}
			h.append("</p>\n");
			if (p.responsibilities().isEmpty()) {
				h.append("<p>")
					.append(r.text("Không được giao chức năng, nhiệm vụ nào.", "Holds no responsibility."))
					.append("</p>\n");
			}
			else {
				h.append("<ul>\n");
				for (Report.Held held : p.responsibilities()) {
					h.append("<li>")
						.append(r.label("role", held.role()))
						.append(": ")
						.append(esc(held.name()))
						.append(held.mandates().isEmpty() ? ""
								: " <span class=\"basis\">— " + esc(String.join(", ", held.mandates())) + "</span>")
						.append("</li>\n");
				}
				h.append("</ul>\n");
			}
			List<String> own = findingsByAgency.getOrDefault(p.code(), List.of());
			if (!own.isEmpty()) {
				h.append("<p>").append(r.text("Phát hiện: ", "Findings: ")).append(links(own)).append("</p>\n");
			}
		}
		return h.append("</body>\n</html>\n").toString();
	}

	private static void finding(StringBuilder h, Report r, Finding f, @Nullable String note) {
		finding(h, r, f, note, false);
	}

	/**
	 * @param anchor whether this is the finding's place in section 3, where links to it
	 * lead
	 */
	private static void finding(StringBuilder h, Report r, Finding f, @Nullable String note, boolean anchor) {
		h.append(anchor ? "<li id=\"" + f.id() + "\">" : "<li>")
			.append("<span class=\"id\">")
			.append(f.id())
			.append("</span> ")
			.append(esc(r.english() ? f.explanation().en() : f.explanation().vi()));
		if (!f.mandates().isEmpty()) {
			h.append(" <span class=\"basis\">")
				.append(r.text("Căn cứ: ", "Legal basis: "))
				.append(esc(String.join(", ",
						f.mandates().stream().map(m -> r.mandateNumbers().getOrDefault(m, m)).toList())))
				.append("</span>");
		}
		if (note != null) {
			h.append("<br/>").append(esc(note));
		}
		h.append("</li>\n");
	}

	private static void scenario(StringBuilder h, Report r, Evaluation e, int section) {
		h.append("<h2>")
			.append(section)
			.append(". ")
			.append(r.text("Phương án sắp xếp ", "Restructuring scenario "))
			.append(esc(e.scenario().name()))
			.append("</h2>\n<p>")
			.append(esc(e.scenario().description()))
			.append("</p>\n");
		h.append("<table>\n<tr><th></th><th class=\"n\">")
			.append(r.text("Cơ quan, tổ chức: trước", "Agencies before"))
			.append("</th><th class=\"n\">")
			.append(r.text("sau", "after"))
			.append("</th><th class=\"n\">")
			.append(r.text("Biên chế: trước", "Staff quota before"))
			.append("</th><th class=\"n\">")
			.append(r.text("sau", "after"))
			.append("</th></tr>\n");
		figureRows(h, r, r.scenarioFigures(e));
		Map<String, Long> before = new LinkedHashMap<>();
		Map<String, Long> after = new LinkedHashMap<>();
		for (String level : List.of("PROVINCE", "DISTRICT", "COMMUNE")) {
			before.put(level, count(e.before(), level));
			after.put(level, count(e.after(), level));
		}
		h.append("</table>\n").append(beforeAfter(r, before, after));
		h.append("<p>")
			.append(r.text("Phát hiện được giải quyết: ", "Findings resolved: "))
			.append(e.resolved().size())
			.append(r.text("; phát sinh: ", "; introduced: "))
			.append(e.introduced().size())
			.append(r.text("; không đổi: ", "; unchanged: "))
			.append(e.unchanged().size())
			.append(".</p>\n");
		list(h, r, r.text("Nhiệm vụ, cơ quan không còn chủ thể (GAP, ORPHAN_AGENCY mới)",
				"Tasks and bodies left without an owner (new GAP, ORPHAN_AGENCY)"), e.newGapsAndOrphans());
		list(h, r, r.text("Phát hiện được giải quyết", "Findings resolved"), e.resolved());
		list(h, r, r.text("Phát hiện phát sinh", "Findings introduced"), e.introduced());
		h.append("<h3>")
			.append(r.text("Trách nhiệm được chuyển", "Responsibilities moved"))
			.append("</h3>\n<table>\n<tr><th class=\"n\">#</th><th>")
			.append(r.text("Nhiệm vụ", "Function"))
			.append("</th><th>")
			.append(r.text("Vai trò", "Role"))
			.append("</th><th>")
			.append(r.text("Từ", "From"))
			.append("</th><th>")
			.append(r.text("Đến", "To"))
			.append("</th></tr>\n");
		for (MovedResponsibility m : e.moved()) {
			h.append("<tr><td class=\"n\">")
				.append(m.change())
				.append("</td><td>")
				.append(esc(r.name(m.function())))
				.append("</td><td>")
				.append(r.label("role", m.role()))
				.append("</td><td>")
				.append(esc(r.name(m.from())))
				.append("</td><td>")
				.append(m.to() == null ? r.text("(không ai)", "(nobody)") : esc(r.name(m.to())))
				.append("</td></tr>\n");
		}
		h.append("</table>\n");
	}

	/**
	 * The section "what changed between two days": the figures of each day, a
	 * before-and-after chart by level, sector and kind, the lists of changes and the
	 * findings resolved and introduced.
	 */
	private static void changes(StringBuilder h, Report r, Report.Changes changes, int section) {
		Comparison c = changes.comparison();
		String from = c.from().toString();
		String to = c.to().toString();
		h.append("<h2>").append(section).append(". ").append(esc(r.changesTitle(changes))).append("</h2>\n<p>");
		h.append(esc(r.text("Bộ máy theo hồ sơ ngày " + from + " so với ngày phân tích " + to
				+ ": cơ quan, tổ chức và biên chế, các thay đổi về tổ chức, địa bàn và cơ quan chủ trì, và các phát hiện.",
				"The apparatus as recorded on " + from + " beside the analysis day, " + to
						+ ": bodies and staff quota, the changes to bodies, units and leads, and the findings.")))
			.append("</p>\n");
		h.append("<table>\n<tr><th></th><th class=\"n\">")
			.append(esc(r.text("Cơ quan, tổ chức ngày ", "Bodies on ") + from))
			.append("</th><th class=\"n\">")
			.append(esc(to))
			.append("</th><th class=\"n\">")
			.append(esc(r.text("Biên chế ngày ", "Staff quota on ") + from))
			.append("</th><th class=\"n\">")
			.append(esc(to))
			.append("</th></tr>\n");
		figureRows(h, r, r.figures(changes.before(), changes.after()));
		h.append("</table>\n");
		for (String dimension : Report.DIMENSIONS) {
			h.append(ReportCharts.beforeAfter(r, r.changesChartTitle(dimension), from, to,
					r.figures(dimension, changes.before(), changes.after())));
		}
		for (Report.ChangeTable table : r.changeTablesForReading(changes)) {
			h.append("<h3>").append(esc(table.title())).append(" (").append(table.count()).append(")</h3>\n");
			if (table.rows().isEmpty()) {
				h.append("<p>").append(r.text("Không có.", "None.")).append("</p>\n");
				continue;
			}
			h.append("<table>\n<tr>");
			table.columns().forEach(column -> h.append("<th>").append(esc(column)).append("</th>"));
			h.append("</tr>\n");
			for (List<String> row : table.rows()) {
				h.append("<tr>");
				row.forEach(cell -> h.append("<td>").append(esc(cell)).append("</td>"));
				h.append("</tr>\n");
			}
			h.append("</table>\n");
		}
		h.append("<p>")
			.append(r.text("Phát hiện được giải quyết: ", "Findings resolved: "))
			.append(c.resolved().size())
			.append(r.text("; phát sinh: ", "; introduced: "))
			.append(c.introduced().size())
			.append(r.text("; không đổi: ", "; unchanged: "))
			.append(c.unchanged().size())
			.append(".</p>\n");
		list(h, r, r.text("Phát hiện ngày " + from + " không còn ngày " + to,
				"Findings of " + from + " resolved by " + to), c.resolved());
		h.append("<h3>")
			.append(esc(r.text("Phát hiện mới ngày " + to, "Findings new on " + to)))
			.append(" (")
			.append(c.introduced().size())
			.append(")</h3>\n<p>");
		if (c.introduced().isEmpty()) {
			h.append(r.text("Không có.", "None."));
		}
		else {
			h.append(esc(
					r.text("Theo quy tắc; mỗi phát hiện được trình bày ở mục 3 hoặc mục các phát hiện được chấp nhận.",
							"By rule; each is set out in section 3 or among the justified findings.")))
				.append("<br/>\n");
		}
		Set<String> listed = new HashSet<>();
		r.findings().forEach(f -> listed.add(f.id()));
		h.append(String.join("<br/>\n",
				Report.idsByRule(c.introduced())
					.entrySet()
					.stream()
					.map(e -> e.getKey() + " (" + e.getValue().size() + "): " + String.join(", ",
							e.getValue().stream().map(id -> listed.contains(id) ? links(List.of(id)) : id).toList()))
					.toList()));
		h.append("</p>\n");
	}

	private static void figureRows(StringBuilder h, Report r, List<Report.FigureRow> rows) {
		for (Report.FigureRow row : rows) {
			if (row.heading()) {
				h.append("<tr><th colspan=\"5\">").append(esc(row.label())).append("</th></tr>\n");
			}
			else {
				h.append("<tr><td>")
					.append(esc(row.label()))
					.append("</td><td class=\"n\">")
					.append(r.number(row.agenciesBefore()))
					.append("</td><td class=\"n\">")
					.append(r.number(row.agenciesAfter()))
					.append("</td><td class=\"n\">")
					.append(r.number(row.staffBefore()))
					.append("</td><td class=\"n\">")
					.append(r.number(row.staffAfter()))
					.append("</td></tr>\n");
			}
		}
	}

	private static void list(StringBuilder h, Report r, String title, List<Finding> findings) {
		h.append("<h3>").append(esc(title)).append(" (").append(findings.size()).append(")</h3>\n");
		if (findings.isEmpty()) {
			h.append("<p>").append(r.text("Không có.", "None.")).append("</p>\n");
			return;
		}
		h.append("<ul>\n");
		findings.forEach(f -> finding(h, r, f, null));
		h.append("</ul>\n");
	}

	/** Before and after bars per level, side by side. */
	private static String beforeAfter(Report r, Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> values = new LinkedHashMap<>();
		before.forEach((level, n) -> {
			values.put(r.label("level", level) + " · " + r.text("trước", "before"), n);
			values.put(r.label("level", level) + " · " + r.text("sau", "after"), after.get(level));
		});
		return ReportCharts
			.bars(r.text("Cơ quan, tổ chức theo cấp, trước và sau", "Agencies by level, before and after"), values);
	}

	private static long count(List<Figure> figures, String level) {
		return figures.stream()
			.filter(f -> f.dimension().equals("level") && f.key().equals(level))
			.mapToLong(Figure::agencies)
			.sum();
	}

	private static void row(StringBuilder h, String label, String value) {
		h.append("<tr><td>")
			.append(esc(label))
			.append("</td><td class=\"n\"><b>")
			.append(esc(value))
			.append("</b></td></tr>\n");
	}

	/** Finding ids as links to their place in section 3. */
	private static String links(List<String> ids) {
		return String.join(", ",
				ids.stream().map(id -> "<a class=\"id\" href=\"#" + id + "\">" + id + "</a>").toList());
	}

	static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
