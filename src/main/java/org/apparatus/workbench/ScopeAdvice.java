package org.apparatus.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apparatus.analysis.AnalysisService;
import org.apparatus.registry.AdminUnit;
import org.apparatus.registry.RegistryBrowser;
import org.apparatus.registry.RegistryLookup;
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

	private final RegistryLookup lookup;

	private final AnalysisService analysis;

	private final MessageSource messages;

	ScopeAdvice(RegistryBrowser registry, RegistryLookup lookup, AnalysisService analysis, MessageSource messages) {
		this.registry = registry;
		this.lookup = lookup;
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
				throw notOnThisDay(unit.strip(), asOf);
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

	/**
	 * A unit asked for on a day it does not exist (Bạc Liêu today, a link kept from an
	 * earlier visit) is named with the days it does exist and a link to its last day; a
	 * code no unit has ever had is said so.
	 */
	private BadInput notOnThisDay(String code, LocalDate day) {
		Locale locale = english() ? Locale.ENGLISH : WorkbenchWeb.VIETNAMESE;
		AdminUnit known = this.lookup.units(List.of(code), day).get(code);
		if (known == null) {
			return new BadInput("unit=" + code,
					this.messages.getMessage("unit.notFound", new Object[] { code, day }, locale), null, null);
		}
		LocalDate until = known.period().openTo();
		LocalDate from = known.period().openFrom();
		LocalDate shown = until != null && !until.isAfter(day) ? until.minusDays(1) : (from != null ? from : day);
		String text = this.messages.getMessage("scope.unitNotOnDay",
				new Object[] { known.name(), code, day, known.period().toString() }, locale);
		String label = this.messages.getMessage("scope.unitOnDay", new Object[] { known.name(), shown }, locale);
		return new BadInput("unit=" + code, text, "/?unit=" + code + "&day=" + shown + "&lang=" + lang(), label);
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
		model.addAttribute("problemText", ex.text);
		model.addAttribute("problemLink", ex.link);
		model.addAttribute("problemLinkLabel", ex.linkLabel);
		// the scope failed, so the model attributes after it were not made: the layout's
		// user and language come from here
		model.addAttribute("user", user());
		model.addAttribute("lang", lang());
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

		/** The problem in words, where there is more to say than the parameter. */
		final @Nullable String text;

		/** Where the reader can go instead, with its label. */
		final @Nullable String link;

		final @Nullable String linkLabel;

		BadInput(String parameterAndValue) {
			this(parameterAndValue, null, null, null);
		}

		BadInput(String parameterAndValue, @Nullable String text, @Nullable String link, @Nullable String linkLabel) {
			super(parameterAndValue);
			this.text = text;
			this.link = link;
			this.linkLabel = linkLabel;
		}

	}

}
