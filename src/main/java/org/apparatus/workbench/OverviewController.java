package org.apparatus.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apparatus.analysis.Analysis;
import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.apparatus.analysis.FindingStatus;
import org.apparatus.analysis.Severity;
import org.apparatus.registry.RegistryBrowser;
import org.apparatus.registry.RegistryBrowser.Located;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The overview at {@code /}: the bodies of the chosen unit and the units below it on the
 * chosen day by level, sector and kind, their staff quota, the findings by severity and
 * by rule, and the most serious open findings.
 */
@Controller
class OverviewController {

	static final int SERIOUS = 10;

	private final RegistryBrowser registry;

	private final AnalysisService analysis;

	private final FindingViews views;

	private final MessageSource messages;

	OverviewController(RegistryBrowser registry, AnalysisService analysis, FindingViews views, MessageSource messages) {
		this.registry = registry;
		this.analysis = analysis;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/")
	String overview(@ModelAttribute("scope") Scope scope, Model model) {
		List<Located> bodies = this.registry.agencies(scope.unit().code(), true, scope.day());
		Analysis result = this.analysis.analyze(new AnalysisRequest(scope.day(), List.of(), scope.unit().code()));
		List<Finding> open = result.notJustified();
		long staff = bodies.stream()
			.mapToLong(b -> b.agency().staffQuota() == null ? 0 : b.agency().staffQuota())
			.sum();
		model.addAttribute("bodyCount", bodies.size());
		// no body with a recorded quota: "not recorded", not a quota of 0
		boolean staffRecorded = bodies.stream().anyMatch(b -> b.agency().staffQuota() != null);
		model.addAttribute("staff", staffRecorded ? staff : null);
		model.addAttribute("openCount", open.size());
		model.addAttribute("justifiedCount", result.justified().size());
		model.addAttribute("byLevel", chart("overview.byLevel", "level", bodies, b -> b.unit().level().name()));
		model.addAttribute("bySector", chart("overview.bySector", "sector", bodies, b -> b.agency().sector().name()));
		model.addAttribute("byKind", chart("overview.byKind", "kind", bodies, b -> b.agency().kind().name()));
		List<Bars.Bar> severities = new ArrayList<>();
		Map<Severity, Integer> bySeverity = result.countBySeverity();
		for (Severity severity : Severity.values()) {
			int count = bySeverity.getOrDefault(severity, 0);
			if (count > 0) {
				severities.add(new Bars.Bar(this.views.label("severity", severity.name(), scope.english()), count,
						"sev-" + severity.name().toLowerCase(java.util.Locale.ROOT)));
			}
		}
		model.addAttribute("bySeverity", Bars.svg(message("overview.bySeverity"), severities));
		List<Bars.Bar> rules = new ArrayList<>();
		result.countByRule()
			.forEach((rule, count) -> rules
				.add(new Bars.Bar(this.views.ruleTitle(rule, scope.english() ? "en" : "vi"), count, "rule")));
		model.addAttribute("byRule", Bars.svg(message("overview.byRule"), rules));
		model.addAttribute("serious", this.views.rows(
				open.stream().filter(f -> f.status() == FindingStatus.OPEN).limit(SERIOUS).toList(), scope.english()));
		return "workbench/overview";
	}

	private String chart(String title, String kind, List<Located> bodies, Function<Located, String> key) {
		Map<String, Long> counts = new TreeMap<>();
		bodies.forEach(b -> counts.merge(key.apply(b), 1L, Long::sum));
		List<Bars.Bar> bars = new ArrayList<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> bars
				.add(new Bars.Bar(this.views.label(kind, e.getKey(), ScopeAdvice.english()), e.getValue(), kind)));
		return Bars.svg(message(title), bars);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
