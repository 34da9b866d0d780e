package org.apparatus.workbench;

import java.util.Comparator;
import java.util.List;

import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

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
	String mergers(@ModelAttribute("scope") Scope scope, Model model) {
		List<Finding> candidates = this.analysis
			.analyze(new AnalysisRequest(scope.day(), List.of(), scope.unit().code()))
			.findings()
			.stream()
			.filter(f -> RULE.equals(f.rule()))
			.sorted(Comparator.comparing((Finding f) -> f.score() == null ? 0.0 : -f.score())
				.thenComparing(Finding::id))
			.toList();
		model.addAttribute("rule", this.views.ruleTitle(RULE, scope.english() ? "en" : "vi"));
		model.addAttribute("threshold", this.analysis.defaultParameters().mergerThreshold());
		model.addAttribute("candidates", this.views.rows(candidates, scope.english()));
		return "workbench/mergers";
	}

}
