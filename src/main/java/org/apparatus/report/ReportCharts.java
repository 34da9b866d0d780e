package org.apparatus.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The report's pictures as inline SVG, drawn from the report's own figures: bars, the
 * overlap heat map and the org chart. Plain SVG 1.1 (no script, no CSS, no external font)
 * so that browsers and the PDF renderer draw it alike.
 */
final class ReportCharts {

	/**
	 * The heat map shows at most this many agencies (those with the most overlap) to stay
	 * legible on a page.
	 */
	static final int HEAT_MAP_AGENCIES = 18;

	/**
	 * An org chart is cut into pictures of at most this many agencies: a picture is never
	 * split across pages, and this many rows fit an A4 page.
	 */
	static final int ORG_CHART_ROWS = 34;

	private static final int LABEL_WIDTH = 280;

	private ReportCharts() {
	}

	/** A horizontal bar chart: one bar per key, its length proportional to the value. */
	static String bars(String title, Map<String, Long> values) {
		long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
		int rowHeight = 22;
		StringBuilder svg = open(title, 640, values.size() * rowHeight + 30);
		int y = 30;
		for (Map.Entry<String, Long> entry : values.entrySet()) {
			int width = (int) Math.round(400.0 * entry.getValue() / max);
			text(svg, 0, y + 15, 12, entry.getKey());
			svg.append("<rect x=\"170\" y=\"")
				.append(y + 3)
				.append("\" width=\"")
				.append(width)
				.append("\" height=\"16\" fill=\"#3b6ea5\"/>\n");
			text(svg, 176 + width, y + 15, 12, String.valueOf(entry.getValue()));
			y += rowHeight;
		}
		return close(svg);
	}

	/**
	 * Two days side by side: for each row (a level, a sector or a kind), a bar for the
	 * active agencies on each day and, when any row has a staff quota, a bar for the
	 * quota on each day, with the figures written after the bars.
	 * @param before the earlier day's legend
	 * @param after the later day's legend
	 */
	static String beforeAfter(Report r, String title, String before, String after, List<Report.FigureRow> rows) {
		boolean staff = rows.stream().anyMatch(row -> row.staffBefore() > 0 || row.staffAfter() > 0);
		long maxAgencies = Math.max(1,
				rows.stream().mapToLong(row -> Math.max(row.agenciesBefore(), row.agenciesAfter())).max().orElse(1));
		long maxStaff = Math.max(1,
				rows.stream().mapToLong(row -> Math.max(row.staffBefore(), row.staffAfter())).max().orElse(1));
		int label = 190;
		int agencies = label + 6;
		int staffAt = agencies + PAIR_BAR + 60;
		int top = 64;
		int row = 32;
		StringBuilder svg = open(title, staff ? staffAt + PAIR_BAR + 70 : staffAt, top + rows.size() * row + 6);
		legend(svg, 0, 36, BEFORE, before);
		legend(svg, 150, 36, AFTER, after);
		bold(svg, agencies, 58, r.text("Cơ quan, tổ chức", "Agencies"));
		if (staff) {
			bold(svg, staffAt, 58, r.text("Biên chế", "Staff quota"));
		}
		int y = top;
		for (Report.FigureRow figures : rows) {
			text(svg, 0, y + 19, 11, shorten(figures.label(), 32));
			pair(svg, r, agencies, y, figures.agenciesBefore(), figures.agenciesAfter(), maxAgencies);
			if (staff) {
				pair(svg, r, staffAt, y, figures.staffBefore(), figures.staffAfter(), maxStaff);
			}
			svg.append("<line x1=\"0\" y1=\"")
				.append(y + row - 2)
				.append("\" x2=\"")
				.append(staff ? staffAt + PAIR_BAR + 60 : staffAt - 10)
				.append("\" y2=\"")
				.append(y + row - 2)
				.append("\" stroke=\"#e4e4e4\"/>\n");
			y += row;
		}
		return close(svg);
	}

	/** The bars' length for the largest figure of a before-and-after chart. */
	private static final int PAIR_BAR = 170;

	private static final String BEFORE = "#a9b8c9";

	private static final String AFTER = "#3b6ea5";

	private static void pair(StringBuilder svg, Report r, int x, int y, long before, long after, long max) {
		int i = 0;
		for (long value : new long[] { before, after }) {
			int width = (int) Math.round((double) PAIR_BAR * value / max);
			int top = y + 2 + i * 13;
			svg.append("<rect x=\"")
				.append(x)
				.append("\" y=\"")
				.append(top)
				.append("\" width=\"")
				.append(Math.max(width, value > 0 ? 1 : 0))
				.append("\" height=\"11\" fill=\"")
				.append(i == 0 ? BEFORE : AFTER)
				.append("\"/>\n");
			text(svg, x + width + 4, top + 10, 10, r.number(value));
			i++;
		}
	}

	private static void legend(StringBuilder svg, int x, int y, String colour, String text) {
		svg.append("<rect x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y - 10)
			.append("\" width=\"12\" height=\"12\" fill=\"")
			.append(colour)
			.append("\"/>\n");
		text(svg, x + 17, y, 11, text);
	}

	private static void bold(StringBuilder svg, int x, int y, String text) {
		svg.append("<text x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y)
			.append("\" font-size=\"11\" font-weight=\"bold\">")
			.append(escape(text))
			.append("</text>\n");
	}

	/**
	 * The agency × agency overlap matrix of a unit: row i, column j holds the number of
	 * functions and tasks both agencies lead, darker for more. Columns are numbered after
	 * the rows to keep names readable.
	 */
	static String heatMap(Report r, Report.UnitPicture unit) {
		Map<String, Long> totals = new HashMap<>();
		Map<String, Long> cells = new HashMap<>();
		for (Report.Overlap o : unit.overlaps()) {
			totals.merge(o.first(), o.shared(), Long::sum);
			totals.merge(o.second(), o.shared(), Long::sum);
			cells.put(o.first() + "|" + o.second(), o.shared());
			cells.put(o.second() + "|" + o.first(), o.shared());
		}
		List<String> agencies = totals.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(HEAT_MAP_AGENCIES)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		long max = Math.max(1, cells.values().stream().mapToLong(Long::longValue).max().orElse(1));
		String title = r.text("Chồng chéo giữa các cơ quan — ", "Overlaps between agencies — ") + unit.name();
		int cell = 20;
		int top = 48;
		StringBuilder svg = open(title, LABEL_WIDTH + agencies.size() * cell + 10, top + agencies.size() * cell + 30);
		if (agencies.isEmpty()) {
			text(svg, 0, 40, 12, r.text("Không có hai cơ quan nào cùng chủ trì một nhiệm vụ.",
					"No two agencies lead the same task."));
			return close(svg);
		}
		text(svg, 0, 34, 11, r.text("Số chức năng, nhiệm vụ cả hai cùng chủ trì (kể cả nhiệm vụ con)",
				"Functions and tasks both lead (or one leads a part of the other)"));
		for (int j = 0; j < agencies.size(); j++) {
			svg.append("<text x=\"")
				.append(LABEL_WIDTH + j * cell + cell / 2)
				.append("\" y=\"")
				.append(top - 2)
				.append("\" font-size=\"10\" text-anchor=\"middle\">")
				.append(j + 1)
				.append("</text>\n");
		}
		for (int i = 0; i < agencies.size(); i++) {
			int y = top + i * cell;
			text(svg, 0, y + 15, 11, shorten((i + 1) + ". " + r.name(agencies.get(i)), 46));
			for (int j = 0; j < agencies.size(); j++) {
				long shared = i == j ? 0 : cells.getOrDefault(agencies.get(i) + "|" + agencies.get(j), 0L);
				int x = LABEL_WIDTH + j * cell;
				svg.append("<rect x=\"")
					.append(x)
					.append("\" y=\"")
					.append(y)
					.append("\" width=\"")
					.append(cell)
					.append("\" height=\"")
					.append(cell)
					.append("\" fill=\"")
					.append(i == j ? "#eeeeee" : shade(shared, max))
					.append("\" stroke=\"#ffffff\"/>\n");
				if (shared > 0) {
					svg.append("<text x=\"")
						.append(x + cell / 2)
						.append("\" y=\"")
						.append(y + 15)
						.append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"")
						.append(shared * 2 > max ? "#ffffff" : "#1b1b1b")
						.append("\">")
						.append(shared)
						.append("</text>\n");
				}
			}
		}
		return close(svg);
	}

	/**
	 * The reporting structure of a unit as an indented tree: each agency under the agency
	 * of the same unit it reports to (an administrative line drawn solid, other lines
	 * dashed). An agency caught in a reporting cycle is drawn once, at the top.
	 */
	static String orgChart(Report r, Report.UnitPicture unit) {
		List<Placed> placed = layout(unit);
		StringBuilder pictures = new StringBuilder();
		for (int from = 0; from < placed.size(); from += ORG_CHART_ROWS) {
			String title = r.text("Sơ đồ tổ chức — ", "Organisation chart — ") + unit.name()
					+ (from == 0 ? "" : r.text(" (tiếp)", " (continued)"));
			pictures.append(orgChart(title, placed, from, Math.min(placed.size(), from + ORG_CHART_ROWS)));
		}
		return pictures.toString();
	}

	/**
	 * Rows {@code from} (inclusive) to {@code to} of the chart; a line from an agency
	 * drawn on an earlier picture starts at the top.
	 */
	private static String orgChart(String title, List<Placed> placed, int from, int to) {
		int row = 26;
		int indent = 26;
		int maxDepth = placed.subList(from, to).stream().mapToInt(Placed::depth).max().orElse(0);
		StringBuilder svg = open(title, 20 + maxDepth * indent + 420, 30 + (to - from) * row + 10);
		Map<String, Integer> rowOf = new HashMap<>();
		for (int i = from; i < to; i++) {
			Placed p = placed.get(i);
			rowOf.put(p.node().code(), i - from);
			int x = 4 + p.depth() * indent;
			int y = 30 + (i - from) * row;
			if (p.parent() != null) {
				Integer parentRow = rowOf.get(p.parent());
				int parentY = parentRow == null ? 24 : 30 + parentRow * row + 20;
				int parentX = 4 + (p.depth() - 1) * indent + 10;
				String dash = "ADMINISTRATIVE".equals(p.node().line()) ? "" : " stroke-dasharray=\"4 3\"";
				svg.append("<path d=\"M")
					.append(parentX)
					.append(' ')
					.append(parentY)
					.append(" V")
					.append(y + 10)
					.append(" H")
					.append(x)
					.append("\" fill=\"none\" stroke=\"#777777\"")
					.append(dash)
					.append("/>\n");
			}
			svg.append("<rect x=\"")
				.append(x)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"410\" height=\"20\" rx=\"3\" fill=\"")
				.append(p.depth() == 0 ? "#dbe6f3" : "#f4f7fb")
				.append("\" stroke=\"#3b6ea5\"/>\n");
			text(svg, x + 6, y + 14, 11, shorten(p.node().name(), 70));
		}
		return close(svg);
	}

	/**
	 * An agency in the org chart's order, at its depth under the agency it reports to.
	 */
	record Placed(Report.ChartNode node, int depth, @Nullable String parent) {
	}

	/**
	 * The org chart's rows: each agency after the agency of the unit it reports to, roots
	 * in code order.
	 */
	static List<Placed> layout(Report.UnitPicture unit) {
		Map<String, Report.ChartNode> byCode = new LinkedHashMap<>();
		unit.agencies().forEach(node -> byCode.put(node.code(), node));
		Map<String, List<Report.ChartNode>> children = new HashMap<>();
		List<Report.ChartNode> roots = new ArrayList<>();
		for (Report.ChartNode node : unit.agencies()) {
			if (node.superior() != null && byCode.containsKey(node.superior())) {
				children.computeIfAbsent(node.superior(), k -> new ArrayList<>()).add(node);
			}
			else {
				roots.add(node);
			}
		}
		List<Placed> placed = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		roots.forEach(root -> place(root, 0, null, children, seen, placed));
		for (Report.ChartNode node : unit.agencies()) {
			if (!seen.contains(node.code())) {
				place(node, 0, null, children, seen, placed);
			}
		}
		return placed;
	}

	private static void place(Report.ChartNode node, int depth, @Nullable String parent,
			Map<String, List<Report.ChartNode>> children, Set<String> seen, List<Placed> placed) {
		if (!seen.add(node.code())) {
			return;
		}
		placed.add(new Placed(node, depth, parent));
		for (Report.ChartNode child : children.getOrDefault(node.code(), List.of())) {
			place(child, depth + 1, node.code(), children, seen, placed);
		}
	}

	/** From white (nothing shared) to a dark red (the most shared in this unit). */
	private static String shade(long value, long max) {
		if (value == 0) {
			return "#fbfbfb";
		}
		double t = 0.2 + 0.8 * value / max;
		int red = (int) Math.round(255 - t * (255 - 165));
		int other = (int) Math.round(255 - t * (255 - 15));
		return String.format(Locale.ROOT, "#%02x%02x%02x", red, other, other);
	}

	private static StringBuilder open(String title, int width, int height) {
		StringBuilder svg = new StringBuilder();
		svg.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" font-family=\"")
			.append(ReportFonts.SANS)
			.append(", Arial, sans-serif\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(title))
			.append("\">\n");
		svg.append("<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">")
			.append(escape(title))
			.append("</text>\n");
		return svg;
	}

	private static String close(StringBuilder svg) {
		return svg.append("</svg>\n</figure>\n").toString();
	}

	private static void text(StringBuilder svg, int x, int y, int size, String text) {
		svg.append("<text x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y)
			.append("\" font-size=\"")
			.append(size)
			.append("\">")
			.append(escape(text))
			.append("</text>\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String shorten(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
