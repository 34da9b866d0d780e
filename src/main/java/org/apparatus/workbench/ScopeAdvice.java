package org.apparatus.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.registry.RegistryBrowser;
import org.apparatus.registry.UnitKind;
import org.apparatus.system.KnowledgeBaseLoadingException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.ui.Model;

/**
 * The scope of every workbench page (the unit and day pickers), whether the reader may
 * change things, and bad input or a load that runs shown in words.
 */
@ControllerAdvice(basePackageClasses = ScopeAdvice.class)
class ScopeAdvice {

	private final RegistryBrowser registry;

	private final AnalysisService analysis;

	private final MessageSource messages;

	ScopeAdvice(RegistryBrowser registry, AnalysisService analysis, MessageSource messages) {
		this.registry = registry;
		this.analysis = analysis;
		this.messages = messages;
	}

	@ModelAttribute("scope")
	@Nullable Scope scope(@RequestParam(name = "unit", required = false) @Nullable String unit,
			@RequestParam(name = "day", required = false) @Nullable String day, HttpServletRequest request) {
		if (request.getRequestURI().endsWith("/login")) {
			return null;
		}
		LocalDate asOf = day(day);
		List<Scope.Entry> tree = Scope.tree(this.registry.units(asOf));
		if (tree.isEmpty()) {
			throw new BadInput("day=" + asOf);
		}
		Scope.Entry chosen = tree.stream().filter(e -> e.unit().code().equals(unit)).findFirst().orElseGet(() -> {
			if (unit != null && !unit.isBlank()) {
				throw new BadInput("unit=" + unit);
			}
			return tree.get(0);
		});
		Locale locale = english() ? Locale.ENGLISH : WorkbenchWeb.VIETNAMESE;
		Map<UnitKind, String> kinds = new EnumMap<>(UnitKind.class);
		for (UnitKind kind : UnitKind.values()) {
			kinds.put(kind, this.messages.getMessage("unitKind." + kind, null, kind.name(), locale));
		}
		return new Scope(chosen.unit(), asOf, tree, english(), kinds);
	}

	@ModelAttribute("editor")
	boolean editor() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user != null && user.getAuthorities()
			.stream()
			.anyMatch(a -> ("ROLE_" + WorkbenchSecurity.EDITOR).equals(a.getAuthority()));
	}

	@ModelAttribute("user")
	@Nullable String user() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken ? null
				: user.getName();
	}

	@ModelAttribute("lang")
	String lang() {
		return english() ? "en" : "vi";
	}

	static boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private LocalDate day(@Nullable String day) {
		if (day == null || day.isBlank()) {
			return this.analysis.defaultParameters().asOf();
		}
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadInput("day=" + day);
		}
	}

	@ExceptionHandler(BadInput.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badInput(BadInput ex, Model model) {
		model.addAttribute("problem", ex.getMessage());
		return "workbench/problem";
	}

	/**
	 * A load that began after the request passed the load gate: the page that says so
	 * (error.html, 503), not an internal error.
	 */
	@ExceptionHandler(KnowledgeBaseLoadingException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String loading(Model model) {
		model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		model.addAttribute("user", user());
		model.addAttribute("lang", lang());
		return "error";
	}

	/** A query parameter a page cannot use; the message names it and its value. */
	static final class BadInput extends RuntimeException {

		BadInput(String parameterAndValue) {
			super(parameterAndValue);
		}

	}

}
