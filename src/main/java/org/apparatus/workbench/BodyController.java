package org.apparatus.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apparatus.analysis.AnalysisRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.analysis.Finding;
import org.apparatus.registry.GovernmentFunction;
import org.apparatus.registry.RegistryBrowser;
import org.apparatus.registry.RegistryBrowser.Held;
import org.apparatus.registry.RegistryBrowser.Profile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A body's page: identity, unit, kind, sector, staff quota, superiors and subordinates,
 * its responsibilities grouped by the function above each (with role and legal basis),
 * and the findings that involve it, as on the chosen day.
 */
@Controller
class BodyController {

	private final RegistryBrowser registry;

	private final AnalysisService analysis;

	private final FindingViews views;

	private final MessageSource messages;

	private final GraphController graph;

	BodyController(RegistryBrowser registry, AnalysisService analysis, FindingViews views, MessageSource messages,
			GraphController graph) {
		this.registry = registry;
		this.graph = graph;
		this.analysis = analysis;
		this.views = views;
		this.messages = messages;
	}

	/** The responsibilities under one function of the tree. */
	record Group(GovernmentFunction function, List<Held> held) {
	}

	@GetMapping("/bodies/{code}")
	String body(@PathVariable String code, @ModelAttribute("scope") Scope scope, Model model,
			HttpServletResponse response) {
		Profile profile = this.registry.profile(code, scope.day());
		if (profile == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("problemText", this.messages.getMessage("body.notFound",
					new Object[] { code, scope.day().toString() }, LocaleContextHolder.getLocale()));
			return "workbench/problem";
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		for (Held held : profile.responsibilities()) {
			GovernmentFunction top = held.parent() != null ? held.parent() : held.function();
			groups.computeIfAbsent(top.code(), c -> new Group(top, new ArrayList<>())).held().add(held);
		}
		List<Finding> findings = this.analysis.analyze(new AnalysisRequest(scope.day(), List.of(), null))
			.findings()
			.stream()
			.filter(f -> f.agencies().contains(code))
			.toList();
		model.addAttribute("profile", profile);
		model.addAttribute("graph", this.graph.graph(code, scope));
		model.addAttribute("groups", groups.values());
		model.addAttribute("findings", this.views.rows(findings, scope.english()));
		return "workbench/body";
	}

}
