package org.apparatus.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.apparatus.registry.AdminUnit;
import org.apparatus.registry.NameSheet;
import org.apparatus.registry.Names;
import org.apparatus.report.Report.ChartNode;
import org.apparatus.report.Report.Overlap;
import org.apparatus.report.Report.UnitPicture;
import org.apparatus.report.UnitPictures;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A unit's pictures, the ones the report draws ({@link UnitPictures}): the organisation
 * chart (who reports to whom, by kind of line, collapsible) and the overlap heat map
 * (body × body, the functions and tasks both lead), interactive.
 */
@Controller
class UnitPagesController {

	/** The heat map shows at most this many bodies: those with the most overlap. */
	static final int HEAT_MAP_BODIES = 40;

	private final UnitPictures report;

	private final AnalysisService analysis;

	private final FindingViews views;

	private final Names names;

	private final MessageSource messages;

	UnitPagesController(UnitPictures report, AnalysisService analysis, FindingViews views, Names names,
			MessageSource messages) {
		this.report = report;
		this.analysis = analysis;
		this.views = views;
		this.names = names;
		this.messages = messages;
	}

	/** A body in the chart with the kind of its line up and the bodies below it. */
	record ChartEntry(String code, String name, @Nullable String line, List<ChartEntry> below) {

		public int size() {
			return 1 + this.below.stream().mapToInt(ChartEntry::size).sum();
		}

	}

	/** A cell of the heat map: the pair, how many they share, and what. */
	record Cell(String first, String second, long shared, String tip) {
	}

	/** A row of the heat map: a body and its cells, one per column body. */
	record HeatRow(String code, String name, List<@Nullable Cell> cells) {
	}

	/** The pair a reader opened: both bodies, the functions both lead, their findings. */
	record Pair(String first, String firstName, String second, String secondName, List<FindingViews.Named> functions,
			List<FindingViews.Row> findings) {
	}

	@GetMapping("/units/{code}/chart")
	String chart(@PathVariable String code, @ModelAttribute("scope") Scope scope, Model model,
			HttpServletResponse response) {
		AdminUnit unit = unit(code, scope);
		if (unit == null) {
			return notFound(code, scope, model, response);
		}
		UnitPicture picture = this.report.of(unit, scope.english(), scope.day());
		Map<String, ChartNode> byCode = new HashMap<>();
		picture.agencies().forEach(n -> byCode.put(n.code(), n));
		Map<String, List<ChartNode>> below = new HashMap<>();
		List<ChartNode> roots = new ArrayList<>();
		for (ChartNode node : picture.agencies()) {
			if (node.superior() == null || !byCode.containsKey(node.superior())
					|| node.superior().equals(node.code())) {
				roots.add(node);
			}
			else {
				below.computeIfAbsent(node.superior(), s -> new ArrayList<>()).add(node);
			}
		}
		Set<String> drawn = new HashSet<>();
		List<ChartEntry> chart = new ArrayList<>();
		roots.forEach(root -> chart.add(entry(root, below, drawn)));
		// bodies whose lines go round in a circle have no root: shown at the top
		picture.agencies()
			.stream()
			.filter(n -> !drawn.contains(n.code()))
			.forEach(n -> chart.add(entry(new ChartNode(n.code(), n.name(), null, null), below, drawn)));
		chart.sort(Comparator.comparingInt(ChartEntry::size).reversed().thenComparing(ChartEntry::code));
		model.addAttribute("chartUnit", unit);
		model.addAttribute("chart", chart);
		model.addAttribute("bodyTotal", picture.agencies().size());
		return "workbench/chart";
	}

	private static ChartEntry entry(ChartNode node, Map<String, List<ChartNode>> below, Set<String> drawn) {
		drawn.add(node.code());
		List<ChartEntry> children = new ArrayList<>();
		for (ChartNode child : below.getOrDefault(node.code(), List.of())) {
			if (!drawn.contains(child.code())) {
				children.add(entry(child, below, drawn));
			}
		}
		children.sort(Comparator.comparingInt(ChartEntry::size).reversed().thenComparing(ChartEntry::code));
		return new ChartEntry(node.code(), node.name(), node.line(), children);
	}

	@GetMapping("/units/{code}/overlaps")
	String overlaps(@PathVariable String code, @ModelAttribute("scope") Scope scope,
			@RequestParam(name = "pair", required = false) @Nullable String pair, Model model,
			HttpServletResponse response) {
		AdminUnit unit = unit(code, scope);
		if (unit == null) {
			return notFound(code, scope, model, response);
		}
		UnitPicture picture = this.report.of(unit, scope.english(), scope.day());
		Map<String, String> bodyNames = new HashMap<>();
		picture.agencies().forEach(n -> bodyNames.put(n.code(), n.name()));
		Map<String, Long> totals = new HashMap<>();
		Map<String, Overlap> byPair = new HashMap<>();
		Set<String> functions = new LinkedHashSet<>();
		for (Overlap o : picture.overlaps()) {
			totals.merge(o.first(), o.shared(), Long::sum);
			totals.merge(o.second(), o.shared(), Long::sum);
			byPair.put(o.first() + "," + o.second(), o);
			functions.addAll(o.functions());
		}
		List<String> bodies = totals.keySet()
			.stream()
			.sorted(Comparator.comparing((String c) -> -totals.get(c)).thenComparing(c -> c))
			.limit(HEAT_MAP_BODIES)
			.sorted()
			.toList();
		String language = scope.english() ? "en" : "vi";
		NameSheet sheet = this.names.of(List.of(), functions, List.of(), List.of(), scope.day());
		List<HeatRow> rows = new ArrayList<>();
		for (String row : bodies) {
			List<@Nullable Cell> cells = new ArrayList<>();
			for (String column : bodies) {
				Overlap o = byPair.get(row.compareTo(column) < 0 ? row + "," + column : column + "," + row);
				cells.add(o == null ? null
						: new Cell(o.first(), o.second(), o.shared(),
								message("overlaps.tip", bodyNames.getOrDefault(row, row),
										bodyNames.getOrDefault(column, column), o.shared(),
										String.join("; ",
												o.functions()
													.stream()
													.map(f -> sheet.name(NameSheet.FUNCTION, f, language))
													.toList()))));
			}
			rows.add(new HeatRow(row, bodyNames.getOrDefault(row, row), cells));
		}
		long max = picture.overlaps().stream().mapToLong(Overlap::shared).max().orElse(1);
		model.addAttribute("heatUnit", unit);
		model.addAttribute("columns", rows);
		model.addAttribute("rows", rows);
		model.addAttribute("max", max);
		model.addAttribute("pairCount", picture.overlaps().size());
		model.addAttribute("shown", bodies.size());
		model.addAttribute("bodyTotal", totals.size());
		if (pair != null) {
			Overlap o = byPair.get(pair);
			if (o != null) {
				List<Finding> findings = this.analysis.analyze(new AnalysisRequest(scope.day(), List.of(), unit.code()))
					.findings()
					.stream()
					.filter(f -> f.agencies().contains(o.first()) && f.agencies().contains(o.second()))
					.toList();
				model.addAttribute("pair",
						new Pair(o.first(), bodyNames.getOrDefault(o.first(), o.first()), o.second(),
								bodyNames.getOrDefault(o.second(), o.second()),
								o.functions()
									.stream()
									.map(f -> new FindingViews.Named(f, sheet.name(NameSheet.FUNCTION, f, language)))
									.toList(),
								this.views.rows(findings, scope.english())));
			}
		}
		return "workbench/overlaps";
	}

	/** The unit of the path as it is on the chosen day, or null. */
	static @Nullable AdminUnit unit(String code, Scope scope) {
		return scope.unitOf(code);
	}

	private String notFound(String code, Scope scope, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("problemText", this.messages.getMessage("unit.notFound",
				new Object[] { code, scope.day().toString() }, LocaleContextHolder.getLocale()));
		return "workbench/problem";
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
