package org.apparatus.workbench;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.registry.RegistryBrowser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search across bodies, functions, instruments and units of the chosen day, diacritics
 * ignored ({@code so tai chinh} finds {@code Sở Tài chính}); each hit links to its page.
 * A text too long to search for ({@link RegistryBrowser#MAX_SEARCH_TEXT} characters,
 * {@link RegistryBrowser#MAX_SEARCH_WORDS} words) is answered with HTTP 400 and says so.
 */
@Controller
class SearchPageController {

	static final int HITS = 50;

	private final RegistryBrowser registry;

	SearchPageController(RegistryBrowser registry) {
		this.registry = registry;
	}

	@ModelAttribute("searchLimits")
	List<Integer> searchLimits() {
		return List.of(RegistryBrowser.MAX_SEARCH_TEXT, RegistryBrowser.MAX_SEARCH_WORDS);
	}

	@GetMapping("/search")
	String search(@ModelAttribute("scope") Scope scope, @RequestParam(name = "q", required = false) @Nullable String q,
			Model model, HttpServletResponse response) {
		String text = q == null ? "" : q.strip();
		model.addAttribute("q", text);
		model.addAttribute("tooLong", false);
		try {
			model.addAttribute("hits", text.isEmpty() ? List.of() : this.registry.search(text, HITS, scope.day()));
		}
		catch (InvalidArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("hits", List.of());
			model.addAttribute("tooLong", true);
		}
		return "workbench/search";
	}

}
