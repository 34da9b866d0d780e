package org.apparatus.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apparatus.analysis.AnalysisViews.Count;
import org.apparatus.analysis.Comparison;
import org.apparatus.analysis.Finding;
import org.apparatus.scenario.Evaluation;
import org.apparatus.scenario.Figure;
import org.apparatus.scenario.MovedResponsibility;

/**
 * The report as Markdown, in the order a planner argues: scope and provenance, summary,
 * findings by rule and severity with their legal basis, merger candidates, units, the
 * scenario, justified findings apart, and one profile per agency.
 */
final class MarkdownReport {

	private MarkdownReport() {
	}

	static String render(Report r) {
		StringBuilder md = new StringBuilder();
		md.append("# ")
			.append(r.text("Báo cáo rà soát chức năng, nhiệm vụ của bộ máy",
					"Review of the apparatus's functions and tasks"));
		if (r.evaluation() != null) {
			md.append(r.text(" và phương án sắp xếp ", " and restructuring scenario "))
				.append('`')
				.append(r.evaluation().scenario().name())
				.append('`');
		}
		md.append("\n\n");

		md.append("## 1. ").append(r.text("Phạm vi và nguồn dữ liệu", "Scope and provenance")).append("\n\n");
		r.scopeLines().forEach((label, value) -> row(md, label, value));
		md.append('\n');

		md.append("## 2. ").append(r.text("Tóm tắt", "Summary")).append("\n\n");
		md.append(r.text("Phát hiện cần xử lý: ", "Findings to deal with: "))
			.append(r.findings().size())
			.append(r.text("; được chấp nhận (có lý do): ", "; justified (with a reason): "))
			.append(r.justified().size())
			.append(".\n\n");
		md.append("| ")
			.append(r.text("Mức độ", "Severity"))
			.append(" | ")
			.append(r.text("Số phát hiện", "Findings"))
			.append(" |\n|---|---:|\n");
		for (Count c : r.stats().findingsBySeverity()) {
			md.append("| ").append(r.label("severity", c.key())).append(" | ").append(c.count()).append(" |\n");
		}
		md.append("\n| ")
			.append(r.text("Quy tắc", "Rule"))
			.append(" | ")
			.append(r.text("Số phát hiện", "Findings"))
			.append(" |\n|---|---:|\n");
		for (Count c : r.stats().findingsByRule()) {
			if (c.count() > 0) {
				md.append("| ").append(c.key()).append(" | ").append(c.count()).append(" |\n");
			}
		}
		md.append('\n');

		md.append("## 3. ")
			.append(r.text("Các phát hiện theo quy tắc và mức độ", "Findings by rule and severity"))
			.append("\n\n");
		Map<String, List<Finding>> byRule = new LinkedHashMap<>();
		r.findings().forEach(f -> byRule.computeIfAbsent(r.group(f), k -> new ArrayList<>()).add(f));
		if (byRule.isEmpty()) {
			md.append(r.text("Không có.", "None.")).append("\n\n");
		}
		byRule.forEach((rule, findings) -> {
			md.append("### ").append(rule).append(" (").append(findings.size()).append(")\n\n");
			findings.forEach(f -> finding(md, r, f));
			md.append('\n');
		});

		md.append("## 4. ").append(r.text("Đề xuất hợp nhất", "Merger candidates")).append("\n\n");
		List<Finding> mergers = r.findings().stream().filter(f -> f.rule().equals("MERGER_CANDIDATE")).toList();
		if (mergers.isEmpty()) {
			md.append(r.text("Không có cặp cơ quan nào có danh mục nhiệm vụ đủ gần để đề xuất hợp nhất.",
					"No two agencies have portfolios close enough to propose a merger."))
				.append("\n\n");
		}
		for (Finding f : mergers) {
			md.append("- ")
				.append(String.join(" + ", f.agencies().stream().map(r::name).toList()))
				.append(" — ")
				.append(r.text("điểm ", "score "))
				.append(r.fraction(f.score() == null ? 0 : f.score()))
				.append("; ")
				.append(r.text("cùng chủ trì: ", "both lead: "))
				.append(String.join(", ", f.functions().stream().map(r::name).toList()))
				.append('\n');
		}
		md.append('\n');

		md.append("## 5. ").append(r.text("Theo địa bàn", "By admin unit")).append("\n\n");
		Map<String, List<Finding>> byUnit = r.findingsByUnit();
		md.append("| ")
			.append(r.text("Địa bàn", "Unit"))
			.append(" | ")
			.append(r.text("Phát hiện", "Findings"))
			.append(" | ")
			.append(r.text("Theo quy tắc", "By rule"))
			.append(" |\n|---|---:|---|\n");
		byUnit.forEach((unit, findings) -> {
			Map<String, Integer> rules = new TreeMap<>();
			findings.forEach(f -> rules.merge(f.rule(), 1, Integer::sum));
			md.append("| ")
				.append(r.name(unit))
				.append(" (`")
				.append(unit)
				.append("`) | ")
				.append(findings.size())
				.append(" | ")
				.append(String.join(", ", rules.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()))
				.append(" |\n");
		});
		md.append('\n');
		byUnit.forEach((unit, findings) -> {
			md.append("### ").append(r.name(unit)).append("\n\n");
			Map<String, List<String>> rules = new TreeMap<>();
			findings.forEach(f -> rules.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f.id()));
			rules.forEach((rule,
					ids) -> md.append("- ").append(rule).append(": ").append(String.join(", ", ids)).append('\n'));
			md.append('\n');
		});
		if (r.unit() != null) {
			unit(md, r, r.unit());
		}

		int section = 6;
		if (r.changes() != null) {
			changes(md, r, r.changes(), section++);
		}
		if (r.evaluation() != null) {
			scenario(md, r, r.evaluation(), section++);
		}

		md.append("## ")
			.append(section)
			.append(". ")
			.append(r.text("Các phát hiện được chấp nhận", "Justified findings"))
			.append("\n\n");
		if (r.justified().isEmpty()) {
			md.append(r.text("Không có.", "None.")).append("\n\n");
		}
		for (Finding f : r.justified()) {
			finding(md, r, f);
			md.append("  - ")
				.append(r.text("Lý do", "Reason"))
				.append(" (")
				.append(f.mark().markedBy())
				.append(", ")
				.append(f.mark().markedAt().toString(), 0, 10)
				.append("): ")
				.append(f.mark().note())
				.append('\n');
		}
		md.append('\n');

		md.append("## ").append(r.text("Phụ lục: hồ sơ cơ quan", "Appendix: agency profiles")).append("\n\n");
		Map<String, List<String>> findingsByAgency = r.findingIdsByAgency();
		for (Report.AgencyProfile p : r.profiles()) {
			md.append("### ").append(p.name()).append(" (`").append(p.code()).append("`)\n\n");
			md.append(p.unitName())
				.append(" · ")
				.append(r.label("kind", p.kind()))
				.append(" · ")
				.append(r.label("sector", p.sector()));
			if (p.staffQuota() != null) {
				md.append(" · ").append(r.text("biên chế ", "staff quota ")).append(p.staffQuota());
			}
			md.append("\n\n");
			if (!p.superiors().isEmpty()) {
				md.append(r.text("Trực thuộc: ", "Reports to: "))
					.append(String.join("; ",
							p.superiors()
								.stream()
								.map(s -> s.name() + " (" + r.label("line", s.line()) + ")")
								.toList()))
					.append("\n\n");
			}
			if (p.responsibilities().isEmpty()) {
				md.append(r.text("Không được giao chức năng, nhiệm vụ nào.", "Holds no responsibility.")).append('\n');
			}
			for (Report.Held h : p.responsibilities()) {
				md.append("- ")
					.append(r.label("role", h.role()))
					.append(": ")
					.append(h.name())
					.append(" (`")
					.append(h.function())
					.append("`)");
				if (!h.mandates().isEmpty()) {
					md.append(" — ").append(String.join(", ", h.mandates()));
				}
				md.append('\n');
			}
			List<String> own = findingsByAgency.getOrDefault(p.code(), List.of());
			if (!own.isEmpty()) {
				md.append('\n').append(r.text("Phát hiện: ", "Findings: ")).append(String.join(", ", own)).append('\n');
			}
			md.append('\n');
		}
		return md.toString();
	}

	/**
	 * The unit's org chart as a nested list and its overlaps as a table, most shared
	 * first.
	 */
	private static void unit(StringBuilder md, Report r, Report.UnitPicture unit) {
		md.append("### ")
			.append(unit.name())
			.append(r.text(": cơ cấu và chồng chéo", ": structure and overlaps"))
			.append("\n\n");
		for (ReportCharts.Placed p : ReportCharts.layout(unit)) {
			md.append("  ".repeat(p.depth())).append("- ").append(p.node().name());
			if (p.parent() != null && !"ADMINISTRATIVE".equals(p.node().line())) {
				md.append(" (").append(r.label("line", p.node().line())).append(')');
			}
			md.append('\n');
		}
		md.append('\n');
		if (unit.overlaps().isEmpty()) {
			md.append(r.text("Không có hai cơ quan nào cùng chủ trì một nhiệm vụ.",
					"No two agencies lead the same task."))
				.append("\n\n");
			return;
		}
		md.append("| ")
			.append(r.text("Cơ quan", "Agency"))
			.append(" | ")
			.append(r.text("Cơ quan", "Agency"))
			.append(" | ")
			.append(r.text("Nhiệm vụ cùng chủ trì", "Tasks both lead"))
			.append(" |\n|---|---|---:|\n");
		unit.overlaps()
			.stream()
			.sorted(Comparator.comparingLong(Report.Overlap::shared).reversed())
			.forEach(o -> md.append("| ")
				.append(r.name(o.first()))
				.append(" | ")
				.append(r.name(o.second()))
				.append(" | ")
				.append(o.shared())
				.append(" |\n"));
		md.append('\n');
	}

	private static void findings(StringBuilder md, Report r, List<Finding> findings) {
		if (findings.isEmpty()) {
			md.append(r.text("Không có.", "None.")).append('\n');
		}
		findings.forEach(f -> finding(md, r, f));
	}

	private static void finding(StringBuilder md, Report r, Finding f) {
		md.append("- **")
			.append(f.id())
			.append("** ")
			.append(r.english() ? f.explanation().en() : f.explanation().vi());
		if (!f.mandates().isEmpty()) {
			md.append(" *")
				.append(r.text("Căn cứ: ", "Legal basis: "))
				.append(String.join(", ",
						f.mandates().stream().map(m -> r.mandateNumbers().getOrDefault(m, m)).toList()))
				.append("*");
		}
		md.append('\n');
	}

	private static void scenario(StringBuilder md, Report r, Evaluation e, int section) {
		md.append("## ")
			.append(section)
			.append(". ")
			.append(r.text("Phương án sắp xếp ", "Restructuring scenario "))
			.append('`')
			.append(e.scenario().name())
			.append("`\n\n");
		if (!e.scenario().description().isBlank()) {
			md.append(e.scenario().description()).append("\n\n");
		}
		md.append("| | ")
			.append(r.text("Cơ quan, tổ chức: trước", "Agencies before"))
			.append(" | ")
			.append(r.text("sau", "after"))
			.append(" | ")
			.append(r.text("Biên chế: trước", "Staff quota before"))
			.append(" | ")
			.append(r.text("sau", "after"))
			.append(" |\n|---|---:|---:|---:|---:|\n");
		figureRows(md, r, r.scenarioFigures(e));
		md.append('\n')
			.append(r.text("Phát hiện được giải quyết: ", "Findings resolved: "))
			.append(e.resolved().size())
			.append(r.text("; phát sinh: ", "; introduced: "))
			.append(e.introduced().size())
			.append(r.text("; không đổi: ", "; unchanged: "))
			.append(e.unchanged().size())
			.append(".\n\n");
		md.append("### ")
			.append(r.text("Nhiệm vụ, cơ quan không còn chủ thể (GAP, ORPHAN_AGENCY mới)",
					"Tasks and bodies left without an owner (new GAP, ORPHAN_AGENCY)"))
			.append("\n\n");
		findings(md, r, e.newGapsAndOrphans());
		md.append("\n### ").append(r.text("Phát hiện được giải quyết", "Findings resolved")).append("\n\n");
		findings(md, r, e.resolved());
		md.append("\n### ").append(r.text("Phát hiện phát sinh", "Findings introduced")).append("\n\n");
		findings(md, r, e.introduced());
		md.append("\n### ").append(r.text("Trách nhiệm được chuyển", "Responsibilities moved")).append("\n\n");
		md.append("| # | ")
			.append(r.text("Nhiệm vụ", "Function"))
			.append(" | ")
			.append(r.text("Vai trò", "Role"))
			.append(" | ")
			.append(r.text("Từ", "From"))
			.append(" | ")
			.append(r.text("Đến", "To"))
			.append(" |\n|---:|---|---|---|---|\n");
		for (MovedResponsibility m : e.moved()) {
			md.append("| ")
				.append(m.change())
				.append(" | ")
				.append(r.name(m.function()))
				.append(" | ")
				.append(r.label("role", m.role()))
				.append(" | ")
				.append(r.name(m.from()))
				.append(" | ")
				.append(m.to() == null ? r.text("(không ai)", "(nobody)") : r.name(m.to()))
				.append(" |\n");
		}
		md.append('\n');
	}

	/**
	 * The section "what changed between two days": the figures of each day in all and by
	 * level, sector and kind, the lists of changes, and the findings resolved and
	 * introduced.
	 */
	private static void changes(StringBuilder md, Report r, Report.Changes changes, int section) {
		Comparison c = changes.comparison();
		String from = c.from().toString();
		String to = c.to().toString();
		md.append("## ").append(section).append(". ").append(r.changesTitle(changes)).append("\n\n");
		md.append(r.text("Bộ máy theo hồ sơ ngày " + from + " so với ngày phân tích " + to
				+ ": cơ quan, tổ chức và biên chế, các thay đổi về tổ chức, địa bàn và cơ quan chủ trì, và các phát hiện.",
				"The apparatus as recorded on " + from + " beside the analysis day, " + to
						+ ": bodies and staff quota, the changes to bodies, units and leads, and the findings."))
			.append("\n\n");
		md.append("| | ")
			.append(r.text("Cơ quan, tổ chức ngày ", "Bodies on "))
			.append(from)
			.append(" | ")
			.append(to)
			.append(" | ")
			.append(r.text("Biên chế ngày ", "Staff quota on "))
			.append(from)
			.append(" | ")
			.append(to)
			.append(" |\n|---|---:|---:|---:|---:|\n");
		figureRows(md, r, r.figures(changes.before(), changes.after()));
		md.append('\n');
		for (Report.ChangeTable table : r.changeTablesForReading(changes)) {
			md.append("### ").append(table.title()).append(" (").append(table.count()).append(")\n\n");
			if (table.rows().isEmpty()) {
				md.append(r.text("Không có.", "None.")).append("\n\n");
				continue;
			}
			md.append("| ").append(String.join(" | ", table.columns().stream().map(MarkdownReport::cell).toList()));
			md.append(" |\n|").append("---|".repeat(table.columns().size())).append('\n');
			for (List<String> row : table.rows()) {
				md.append("| ")
					.append(String.join(" | ", row.stream().map(MarkdownReport::cell).toList()))
					.append(" |\n");
			}
			md.append('\n');
		}
		md.append(r.text("Phát hiện được giải quyết: ", "Findings resolved: "))
			.append(c.resolved().size())
			.append(r.text("; phát sinh: ", "; introduced: "))
			.append(c.introduced().size())
			.append(r.text("; không đổi: ", "; unchanged: "))
			.append(c.unchanged().size())
			.append(".\n\n");
		md.append("### ")
			.append(r.text("Phát hiện ngày " + from + " không còn ngày " + to,
					"Findings of " + from + " resolved by " + to))
			.append("\n\n");
		findings(md, r, c.resolved());
		md.append("\n### ")
			.append(r.text("Phát hiện mới ngày " + to, "Findings new on " + to))
			.append(" (")
			.append(c.introduced().size())
			.append(")\n\n");
		if (c.introduced().isEmpty()) {
			md.append(r.text("Không có.", "None.")).append('\n');
		}
		else {
			md.append(
					r.text("Theo quy tắc; mỗi phát hiện được trình bày ở mục 3 hoặc mục các phát hiện được chấp nhận.",
							"By rule; each is set out in section 3 or among the justified findings."))
				.append("\n\n");
		}
		Report.idsByRule(c.introduced())
			.forEach((rule, ids) -> md.append("- ")
				.append(rule)
				.append(" (")
				.append(ids.size())
				.append("): ")
				.append(String.join(", ", ids))
				.append('\n'));
		md.append('\n');
	}

	private static void figureRows(StringBuilder md, Report r, List<Report.FigureRow> rows) {
		for (Report.FigureRow row : rows) {
			if (row.heading()) {
				md.append("| **").append(row.label()).append("** | | | | |\n");
			}
			else {
				md.append("| ")
					.append(row.label())
					.append(" | ")
					.append(r.number(row.agenciesBefore()))
					.append(" | ")
					.append(r.number(row.agenciesAfter()))
					.append(" | ")
					.append(r.number(row.staffBefore()))
					.append(" | ")
					.append(r.number(row.staffAfter()))
					.append(" |\n");
			}
		}
	}

	/** A table cell's text: a vertical bar would end the cell. */
	private static String cell(String text) {
		return text.replace("|", "\\|");
	}

	private static void row(StringBuilder md, String label, String value) {
		md.append("- ").append(label).append(": **").append(value).append("**\n");
	}

	/** 2.613 in Vietnamese, 2,613 in English. */

}
