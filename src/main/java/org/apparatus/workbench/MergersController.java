package org.apparatus.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The merger candidates of the chosen unit (and the units below it): the pairs the
 * MERGER_CANDIDATE rule finds, best score first, each with its score and the evidence the
 * finding explains (what both lead, the contacts, the neighbouring tasks, the laws, the
 * superior, the sector, each with its points).
 */
@Controller
class MergersController {

	static final String RULE = "MERGER_CANDIDATE";

	private final AnalysisService analysis;

	private final FindingViews views;

	MergersController(AnalysisService analysis, FindingViews views) {
		this.analysis = analysis;
		this.views = views;
	}

	@GetMapping("/mergers")
	String mergers(@ModelAttribute("scope") Scope scope,
			@RequestParam(name = "threshold", required = false) @Nullable String threshold, Model model) {
		double lowest = threshold(threshold);
		List<Finding> candidates = this.analysis
			.analyze(new AnalysisRequest(scope.day(), List.of(RULE), scope.unit().code(), lowest))
			.findings()
			.stream()
			.filter(f -> RULE.equals(f.rule()))
			.sorted(Comparator.comparing((Finding f) -> f.score() == null ? 0.0 : -f.score())
				.thenComparing(Finding::id))
			.toList();
		model.addAttribute("rule", this.views.ruleTitle(RULE, scope.english() ? "en" : "vi"));
		model.addAttribute("threshold", lowest);
		model.addAttribute("keep", Map.of("threshold", String.valueOf(lowest)));
		model.addAttribute("candidates", this.views.rows(candidates, scope.english()));
		return "workbench/mergers";
	}

	/**
	 * The lowest score shown: the configured one unless the reader chose another, above 0
	 * and at most 1.
	 */
	private double threshold(@Nullable String threshold) {
		if (threshold == null || threshold.isBlank()) {
			return this.analysis.defaultParameters().mergerThreshold();
		}
		try {
			double value = Double.parseDouble(threshold.strip());
			if (value > 0 && value <= 1) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new ScopeAdvice.BadInput("threshold=" + threshold);
	}

}
