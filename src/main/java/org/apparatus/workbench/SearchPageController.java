package org.apparatus.workbench;

import java.util.List;

import org.apparatus.registry.RegistryBrowser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search across bodies, functions, instruments and units of the chosen day, diacritics
 * ignored ({@code so tai chinh} finds {@code Sở Tài chính}); each hit links to its page.
 */
@Controller
class SearchPageController {

	static final int HITS = 50;

	private final RegistryBrowser registry;

	SearchPageController(RegistryBrowser registry) {
		this.registry = registry;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("scope") Scope scope, @RequestParam(name = "q", required = false) @Nullable String q,
			Model model) {
		String text = q == null ? "" : q.strip();
		model.addAttribute("q", text);
		model.addAttribute("hits", text.isEmpty() ? List.of() : this.registry.search(text, HITS, scope.day()));
		return "workbench/search";
	}

}
