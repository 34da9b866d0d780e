package org.apparatus.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.apparatus.analysis.Comparison;
import org.apparatus.analysis.DayComparison;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.registry.NameSheet;
import org.apparatus.registry.Names;
import org.apparatus.registry.RegistryBrowser;
import org.apparatus.registry.Histories.Event;
import org.apparatus.registry.Histories.History;
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
 * The apparatus through time (domain.md §8): the history of a body or a unit (its periods
 * and the change events that touched it, the registry's {@code history}) and the
 * comparison of two days in the chosen unit (the analysis's {@code compare}).
 */
@Controller
class TimePagesController {

	private final RegistryBrowser registry;

	private final DayComparison comparison;

	private final FindingViews views;

	private final Names names;

	private final MessageSource messages;

	TimePagesController(RegistryBrowser registry, DayComparison comparison, FindingViews views, Names names,
			MessageSource messages) {
		this.registry = registry;
		this.comparison = comparison;
		this.views = views;
		this.names = names;
		this.messages = messages;
	}

	/** A period of the history: its days, what it was called and what it was. */
	record PeriodRow(@Nullable LocalDate from, @Nullable LocalDate to, String name, String what,
			@Nullable Integer staff) {
	}

	/** A change event with the names of what it started from and resulted in. */
	record EventRow(String code, LocalDate date, String kind, List<FindingViews.Named> originals,
			List<FindingViews.Named> results, @Nullable String note, @Nullable String mandate, boolean units) {
	}

	@GetMapping({ "/bodies/{code}/history", "/units/{code}/history" })
	String history(@PathVariable String code, @ModelAttribute("scope") Scope scope, Model model,
			HttpServletResponse response) {
		History history = this.registry.history(code);
		if (history == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("problemText", this.messages.getMessage("history.notFound", new Object[] { code },
					LocaleContextHolder.getLocale()));
			return "workbench/problem";
		}
		boolean english = scope.english();
		boolean agency = "AGENCY".equals(history.kind());
		List<PeriodRow> periods = new ArrayList<>();
		history.agencyPeriods()
			.forEach(a -> periods
				.add(new PeriodRow(a.period().openFrom(), a.period().openTo(), scope.name(a.name(), a.nameEn()),
						this.views.label("agencyStatus", a.status().name(), english), a.staffQuota())));
		history.unitPeriods()
			.forEach(u -> periods.add(new PeriodRow(u.period().openFrom(), u.period().openTo(),
					scope.name(u.name(), u.nameEn()), this.views.label("level", u.level().name(), english)
							+ (u.kind() == null ? "" : " · " + scope.kind(u)),
					null)));
		List<EventRow> events = history.events().stream().map(e -> event(e, english)).toList();
		String title = periods.isEmpty() ? code : periods.get(periods.size() - 1).name();
		model.addAttribute("code", code);
		model.addAttribute("agency", agency);
		model.addAttribute("historyOf", title);
		model.addAttribute("periods", periods);
		model.addAttribute("events", events);
		return "workbench/history";
	}

	private EventRow event(Event e, boolean english) {
		boolean units = org.apparatus.registry.ChangeKind.valueOf(e.kind()).changesUnits();
		String language = english ? "en" : "vi";
		Set<String> codes = new HashSet<>(e.originals());
		codes.addAll(e.results());
		NameSheet before = units ? this.names.of(List.of(), List.of(), codes, List.of(), e.date().minusDays(1))
				: this.names.of(codes, List.of(), List.of(), List.of(), e.date().minusDays(1));
		NameSheet after = units ? this.names.of(List.of(), List.of(), codes, List.of(), e.date())
				: this.names.of(codes, List.of(), List.of(), List.of(), e.date());
		String type = units ? NameSheet.UNIT : NameSheet.AGENCY;
		return new EventRow(e.code(), e.date(), e.kind(),
				e.originals().stream().map(c -> new FindingViews.Named(c, before.name(type, c, language))).toList(),
				e.results().stream().map(c -> new FindingViews.Named(c, after.name(type, c, language))).toList(),
				e.note(), e.mandate(), units);
	}

	/** The comparison with the names of what it refers to on each day. */
	record Compared(Comparison comparison, NameSheet before, NameSheet after, String language) {

		public String before(String type, @Nullable String code) {
			return code == null ? "" : this.before.name(type, code, this.language);
		}

		public String after(String type, @Nullable String code) {
			return code == null ? "" : this.after.name(type, code, this.language);
		}

		public String beforeAll(String type, List<String> codes) {
			return String.join(", ", codes.stream().map(c -> before(type, c)).toList());
		}

		public String afterAll(String type, List<String> codes) {
			return String.join(", ", codes.stream().map(c -> after(type, c)).toList());
		}

	}

	@GetMapping("/compare")
	String compare(@ModelAttribute("scope") Scope scope,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to, Model model) {
		LocalDate fromDay = from == null || from.isBlank() ? scope.day().minusYears(1) : day("from", from);
		LocalDate toDay = to == null || to.isBlank() ? scope.day() : day("to", to);
		model.addAttribute("from", fromDay);
		model.addAttribute("to", toDay);
		model.addAttribute("keep", java.util.Map.of("from", fromDay.toString(), "to", toDay.toString()));
		if (!fromDay.isBefore(toDay)) {
			model.addAttribute("compareProblem", this.messages.getMessage("compare.order",
					new Object[] { fromDay.toString(), toDay.toString() }, LocaleContextHolder.getLocale()));
			return "workbench/compare";
		}
		Comparison c;
		try {
			c = this.comparison.compare(fromDay, toDay, scope.unit().code());
		}
		catch (InvalidArgumentException ex) {
			throw new ScopeAdvice.BadInput("unit=" + scope.unit().code());
		}
		Set<String> agencies = new HashSet<>();
		Set<String> units = new HashSet<>();
		Set<String> functions = new HashSet<>();
		List.of(c.established(), c.ended(), c.renamed()).forEach(l -> l.forEach(b -> {
			agencies.add(b.code());
			if (b.before() != null) {
				units.add(b.before().unit());
			}
			if (b.after() != null) {
				units.add(b.after().unit());
			}
		}));
		c.merged().forEach(e -> {
			agencies.addAll(e.originals());
			agencies.addAll(e.results());
		});
		List.of(c.unitsEnded(), c.unitsEstablished(), c.reparented()).forEach(l -> l.forEach(u -> {
			units.add(u.code());
			if (u.parentBefore() != null) {
				units.add(u.parentBefore());
			}
			if (u.parentAfter() != null) {
				units.add(u.parentAfter());
			}
			units.addAll(u.became());
		}));
		c.leads().forEach(l -> {
			functions.add(l.function());
			units.add(l.unit());
			agencies.addAll(l.before());
			agencies.addAll(l.after());
		});
		String language = scope.english() ? "en" : "vi";
		model.addAttribute("compared", new Compared(c, this.names.of(agencies, functions, units, List.of(), fromDay),
				this.names.of(agencies, functions, units, List.of(), toDay), language));
		model.addAttribute("resolved", this.views.rows(c.resolved(), scope.english()));
		model.addAttribute("introduced", this.views.rows(c.introduced(), scope.english()));
		return "workbench/compare";
	}

	private static LocalDate day(String parameter, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ScopeAdvice.BadInput(parameter + "=" + value);
		}
	}

}
