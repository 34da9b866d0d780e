package org.apparatus.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.AnalysisViews.Coverage;
import org.apparatus.analysis.AnalysisViews.CoverageEntry;
import org.apparatus.analysis.Finding;
import org.apparatus.analysis.PlannerQueries;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AdminUnit;
import org.apparatus.registry.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A function's page: who leads, coordinates, advises, decides and inspects it (or a
 * function above it) in the chosen unit, above it and below it — a matrix of units by
 * role — the levels at which it must be led and whether each is, and its findings. The
 * analysis's coverage query, as the GraphQL {@code coverage} answers it.
 */
@Controller
class FunctionPageController {

	private final PlannerQueries planner;

	private final AnalysisService analysis;

	private final FindingViews views;

	private final MessageSource messages;

	FunctionPageController(PlannerQueries planner, AnalysisService analysis, FindingViews views,
			MessageSource messages) {
		this.planner = planner;
		this.analysis = analysis;
		this.views = views;
		this.messages = messages;
	}

	/** One unit's row of the matrix: the entries under each role. */
	record Line(AdminUnit unit, String position, Map<Role, List<CoverageEntry>> cells) {
	}

	/**
	 * A level where the function must be led, and whether a unit of that level leads it.
	 */
	record Required(AdminLevel level, boolean led) {
	}

	@GetMapping("/functions/{code}")
	String function(@PathVariable String code, @ModelAttribute("scope") Scope scope, Model model,
			HttpServletResponse response) {
		Coverage coverage;
		try {
			coverage = this.planner.coverage(code, scope.unit().code(), scope.day());
		}
		catch (InvalidArgumentException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("problemText", this.messages.getMessage("function.notFound",
					new Object[] { code, scope.day().toString() }, LocaleContextHolder.getLocale()));
			return "workbench/problem";
		}
		Map<String, Line> lines = new LinkedHashMap<>();
		coverage.entries()
			.stream()
			.sorted(Comparator.comparing((CoverageEntry e) -> e.unit().level()).thenComparing(e -> e.unit().code()))
			.forEach(e -> lines
				.computeIfAbsent(e.unit().code(),
						c -> new Line(e.unit(), e.position().name(), new EnumMap<>(Role.class)))
				.cells()
				.computeIfAbsent(e.role(), r -> new ArrayList<>())
				.add(e));
		List<Required> required = coverage.requiredLevels()
			.stream()
			.map(level -> new Required(level,
					coverage.entries().stream().anyMatch(e -> e.role() == Role.LEAD && e.unit().level() == level)))
			.toList();
		List<Finding> findings = this.analysis.analyze(new AnalysisRequest(scope.day(), List.of(), scope.unit().code()))
			.findings()
			.stream()
			.filter(f -> f.functions().contains(code))
			.toList();
		model.addAttribute("coverage", coverage);
		model.addAttribute("lines", lines.values());
		model.addAttribute("roles", Role.values());
		model.addAttribute("required", required);
		model.addAttribute("findings", this.views.rows(findings, scope.english()));
		return "workbench/function";
	}

}
