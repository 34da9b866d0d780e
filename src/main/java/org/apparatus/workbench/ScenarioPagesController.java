package org.apparatus.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.apparatus.api.InvalidArgumentException;
import org.apparatus.audit.Attribution;
import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.NameSheet;
import org.apparatus.registry.Names;
import org.apparatus.registry.RegistryBrowser;
import org.apparatus.registry.UnitKind;
import org.apparatus.scenario.Change;
import org.apparatus.scenario.Evaluation;
import org.apparatus.scenario.Figure;
import org.apparatus.scenario.InvalidScenarioException;
import org.apparatus.scenario.MovedResponsibility;
import org.apparatus.scenario.Scenario;
import org.apparatus.scenario.ScenarioProblem;
import org.apparatus.scenario.ScenarioService;
import org.apparatus.scenario.ScenarioYaml;
import org.apparatus.scenario.UnknownScenarioException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Restructuring scenarios in the workbench, on the scenario service: the list; a new
 * scenario and its changes, one form per kind of change, each checked against the
 * knowledge base when it is added (the YAML reader's and the service's own problem
 * messages); the evaluation; two or three side by side; the YAML file down and up; and,
 * for editors, applying it after a page that says what will change. A scenario with an
 * {@code as_of} day is checked, evaluated and applied on that day; one without on the day
 * of the page.
 */
@Controller
class ScenarioPagesController {

	/** The kinds of change, each with its form, in the order the pages show them. */
	static final List<String> KINDS = List.of("merge", "transfer", "dissolve", "abolish_level", "merge_units");

	/** Rows of per-body policies in the form of an abolished tier. */
	static final int BODY_POLICIES = 3;

	private static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

	private final ScenarioService scenarios;

	private final FindingViews views;

	private final Names names;

	private final RegistryBrowser registry;

	private final MessageSource messages;

	ScenarioPagesController(ScenarioService scenarios, FindingViews views, Names names, RegistryBrowser registry,
			MessageSource messages) {
		this.scenarios = scenarios;
		this.views = views;
		this.names = names;
		this.registry = registry;
		this.messages = messages;
	}

	@ModelAttribute("kinds")
	List<String> kinds() {
		return KINDS;
	}

	@ModelAttribute("emptyForm")
	Map<String, String> emptyForm() {
		return Map.of();
	}

	@ModelAttribute("levels")
	AdminLevel[] levels() {
		return AdminLevel.values();
	}

	@ModelAttribute("agencyKinds")
	AgencyKind[] agencyKinds() {
		return AgencyKind.values();
	}

	@ModelAttribute("unitKinds")
	UnitKind[] unitKinds() {
		return UnitKind.values();
	}

	@GetMapping("/scenarios")
	String list(Model model) {
		model.addAttribute("scenarios", this.scenarios.all());
		return "workbench/scenarios";
	}

	@GetMapping("/scenarios/new")
	String create(Model model) {
		model.addAttribute("form", Map.of("type", "merge"));
		return "workbench/scenario-new";
	}

	@PostMapping("/scenarios")
	String create(@ModelAttribute("scope") Scope scope, @RequestParam MultiValueMap<String, String> params,
			Principal user, Model model, HttpServletResponse response) {
		String name = first(params, "name");
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("name", name);
		document.put("description", first(params, "description"));
		if (!first(params, "as_of").isBlank()) {
			document.put("as_of", first(params, "as_of"));
		}
		String type = first(params, "type");
		document.put("changes", List.of(Map.of(type, fields(type, params))));
		try {
			if (this.scenarios.find(name).isPresent()) {
				throw new InvalidScenarioException(name,
						List.of(new ScenarioProblem("name", message("scenario.exists", name))));
			}
			Scenario scenario = ScenarioYaml.read((Object) document);
			this.scenarios.save(scenario, checkedOn(scenario, scope), new Attribution(user.getName(), null));
			return "redirect:/scenarios/" + scenario.name() + "?" + scope.query();
		}
		catch (InvalidScenarioException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
			model.addAttribute("form", params.toSingleValueMap());
			// every value of a field that takes several (the kinds of a per-body policy)
			model.addAttribute("formAll", params);
			return "workbench/scenario-new";
		}
	}

	@GetMapping("/scenarios/{name}")
	String scenario(@PathVariable String name, @ModelAttribute("scope") Scope scope, Model model) {
		Scenario scenario = this.scenarios.require(name);
		model.addAttribute("scenario", scenario);
		model.addAttribute("lines", scenario.changes().stream().map(ScenarioYaml::line).toList());
		model.addAttribute("day", scenario.day(null, scope.day()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "workbench/scenario";
	}

	@PostMapping("/scenarios/{name}/changes")
	String addChange(@PathVariable String name, @ModelAttribute("scope") Scope scope,
			@RequestParam MultiValueMap<String, String> params, Principal user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Scenario saved = this.scenarios.require(name);
		String type = first(params, "type");
		try {
			List<Change> changes = new ArrayList<>(saved.changes());
			changes.add(ScenarioYaml.readChange(name, Map.of(type, fields(type, params)),
					"changes[" + changes.size() + "]"));
			Scenario changed = new Scenario(name, saved.description(), changes, saved.asOf());
			this.scenarios.save(changed, checkedOn(changed, scope), new Attribution(user.getName(), null));
		}
		catch (InvalidScenarioException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
			model.addAttribute("problemKind", type);
			model.addAttribute("form", params.toSingleValueMap());
			// every value of a field that takes several (the kinds of a per-body policy)
			model.addAttribute("formAll", params);
			return scenario(name, scope, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/scenarios/" + name + "?" + scope.query() + "#changes";
	}

	@PostMapping("/scenarios/{name}/changes/{index}/remove")
	String removeChange(@PathVariable String name, @PathVariable int index, @ModelAttribute("scope") Scope scope,
			Principal user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Scenario saved = this.scenarios.require(name);
		if (index < 0 || index >= saved.changes().size()) {
			throw new ScopeAdvice.BadInput("index=" + index);
		}
		List<Change> changes = new ArrayList<>(saved.changes());
		changes.remove(index);
		try {
			if (changes.isEmpty()) {
				throw new InvalidScenarioException(name,
						List.of(new ScenarioProblem("changes", message("scenario.lastChange"))));
			}
			Scenario changed = new Scenario(name, saved.description(), changes, saved.asOf());
			this.scenarios.save(changed, checkedOn(changed, scope), new Attribution(user.getName(), null));
		}
		catch (InvalidScenarioException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
			return scenario(name, scope, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/scenarios/" + name + "?" + scope.query() + "#changes";
	}

	@PostMapping("/scenarios/{name}/header")
	String header(@PathVariable String name, @ModelAttribute("scope") Scope scope, @RequestParam String description,
			@RequestParam(name = "as_of", defaultValue = "") String asOf, Principal user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Scenario saved = this.scenarios.require(name);
		try {
			LocalDate day;
			try {
				day = asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidScenarioException(name,
						List.of(new ScenarioProblem("as_of", message("scenario.badDay", asOf))));
			}
			Scenario changed = new Scenario(name, description.strip(), saved.changes(), day);
			this.scenarios.save(changed, checkedOn(changed, scope), new Attribution(user.getName(), null));
		}
		catch (InvalidScenarioException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
			return scenario(name, scope, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/scenarios/" + name + "?" + scope.query();
	}

	@GetMapping("/scenarios/{name}/yaml")
	ResponseEntity<byte[]> download(@PathVariable String name) {
		Scenario scenario = this.scenarios.require(name);
		return ResponseEntity.ok()
			.contentType(YAML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(scenario.name() + ".yaml", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(ScenarioYaml.write(scenario).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/scenarios/upload")
	String upload(@ModelAttribute("scope") Scope scope, @RequestParam("file") MultipartFile file, Principal user,
			Model model, HttpServletResponse response) throws IOException {
		try {
			if (file.getSize() > ScenarioYaml.MAX_CHARACTERS * 4L) {
				throw ScenarioYaml.tooLarge(file.getSize() + " bytes");
			}
			Scenario scenario = ScenarioYaml.read(new String(file.getBytes(), StandardCharsets.UTF_8));
			this.scenarios.save(scenario, checkedOn(scenario, scope), new Attribution(user.getName(), null));
			return "redirect:/scenarios/" + scenario.name() + "?" + scope.query();
		}
		catch (InvalidScenarioException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.problems());
			model.addAttribute("uploaded", file.getOriginalFilename());
			return list(model);
		}
	}

	@GetMapping("/scenarios/{name}/evaluation")
	String evaluation(@PathVariable String name, @ModelAttribute("scope") Scope scope, Model model) {
		Scenario scenario = this.scenarios.require(name);
		model.addAttribute("scenario", scenario);
		evaluate(scenario, scope, model);
		return "workbench/scenario-evaluation";
	}

	@GetMapping("/scenarios/compare")
	String compare(@ModelAttribute("scope") Scope scope,
			@RequestParam(name = "names", required = false) @Nullable List<String> chosen, Model model) {
		List<String> distinct = chosen == null ? List.of() : chosen.stream().distinct().toList();
		if (distinct.size() < 2 || distinct.size() > 3) {
			model.addAttribute("compareProblem", message("scenario.compareCount"));
			return list(model);
		}
		List<EvaluationView> columns = new ArrayList<>();
		List<ScenarioProblem> problems = new ArrayList<>();
		for (String name : distinct) {
			EvaluationView column = evaluated(this.scenarios.require(name), scope, problems, name + ": ");
			if (column != null) {
				columns.add(column);
			}
		}
		Set<String> keys = new java.util.LinkedHashSet<>();
		columns.forEach(c -> c.after().forEach(f -> keys.add(f.dimension() + "." + f.key())));
		columns.forEach(c -> c.before().forEach(f -> keys.add(f.dimension() + "." + f.key())));
		model.addAttribute("columns", columns);
		model.addAttribute("problems", problems);
		model.addAttribute("keys", keys);
		return "workbench/scenario-compare";
	}

	@GetMapping("/scenarios/{name}/apply")
	String confirmApply(@PathVariable String name, @ModelAttribute("scope") Scope scope, Model model) {
		Scenario scenario = this.scenarios.require(name);
		model.addAttribute("scenario", scenario);
		model.addAttribute("lines", scenario.changes().stream().map(ScenarioYaml::line).toList());
		evaluate(scenario, scope, model);
		return "workbench/scenario-apply";
	}

	@PostMapping("/scenarios/{name}/apply")
	String apply(@PathVariable String name, @ModelAttribute("scope") Scope scope,
			@RequestParam(defaultValue = "") String reason, Principal user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Scenario scenario = this.scenarios.require(name);
		try {
			List<MovedResponsibility> moved = this.scenarios.apply(name, checkedOn(scenario, scope),
					new Attribution(user.getName(), reason.isBlank() ? null : reason.strip()));
			redirect.addFlashAttribute("applied", moved.size());
		}
		catch (InvalidScenarioException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("applyProblems", ex.problems());
			return confirmApply(name, scope, model);
		}
		return "redirect:/scenarios/" + name + "?" + scope.query();
	}

	@GetMapping("/scenarios/{name}/delete")
	String confirmDelete(@PathVariable String name, Model model) {
		model.addAttribute("scenario", this.scenarios.require(name));
		return "workbench/scenario-delete";
	}

	/** Deletes a saved scenario as the API's {@code deleteScenario} does (audited). */
	@PostMapping("/scenarios/{name}/delete")
	String delete(@PathVariable String name, @ModelAttribute("scope") Scope scope,
			@RequestParam(defaultValue = "") String reason, Principal user, RedirectAttributes redirect) {
		this.scenarios.require(name);
		this.scenarios.delete(name, new Attribution(user.getName(), reason.isBlank() ? null : reason.strip()));
		redirect.addFlashAttribute("deleted", name);
		return "redirect:/scenarios?" + scope.query();
	}

	/**
	 * Puts the scenario's evaluation on its day (or the page's) into the model as
	 * {@code e}, or, when the scenario does not stand on that day, its problems as
	 * {@code problems}.
	 */
	private void evaluate(Scenario scenario, Scope scope, Model model) {
		List<ScenarioProblem> problems = new ArrayList<>();
		EvaluationView view = evaluated(scenario, scope, problems, "");
		if (view != null) {
			model.addAttribute("e", view);
		}
		else {
			model.addAttribute("problems", problems);
		}
	}

	/**
	 * The scenario evaluated on its day (or the page's), or null with its problems added
	 * to {@code problems}, each place prefixed with {@code prefix}.
	 */
	private @Nullable EvaluationView evaluated(Scenario scenario, Scope scope, List<ScenarioProblem> problems,
			String prefix) {
		try {
			return view(this.scenarios.evaluate(scenario.name(), checkedOn(scenario, scope)), scope);
		}
		catch (InvalidScenarioException ex) {
			ex.problems()
				.forEach(
						p -> problems.add(prefix.isEmpty() ? p : new ScenarioProblem(prefix + p.where(), p.message())));
			return null;
		}
	}

	/**
	 * The codes a picker offers for what the planner typed: the workbench's search, as
	 * {@code <option>}s of a datalist.
	 */
	@GetMapping(path = "/scenarios/codes", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String codes(@ModelAttribute("scope") Scope scope, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "AGENCY") String type) {
		StringBuilder options = new StringBuilder();
		if (q.strip().length() < 2) {
			return "";
		}
		this.registry.search(q.strip(), SearchPageController.HITS, scope.day())
			.stream()
			.filter(h -> h.type().name().equals(type))
			.forEach(h -> options.append("<option value=\"")
				.append(org.springframework.web.util.HtmlUtils.htmlEscape(h.code()))
				.append("\">")
				.append(org.springframework.web.util.HtmlUtils.htmlEscape(scope.name(h.name(), h.nameEn())))
				.append("</option>"));
		return options.toString();
	}

	@ExceptionHandler(InvalidArgumentException.class)
	String invalid(InvalidArgumentException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("problemText", ex.getMessage());
		return "workbench/problem";
	}

	@ExceptionHandler(UnknownScenarioException.class)
	String unknown(UnknownScenarioException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("problemText", ex.known().isEmpty() ? message("scenario.unknownNone", ex.name())
				: message("scenario.unknown", ex.name(), String.join(", ", ex.known())));
		model.addAttribute("problemLink", "/scenarios");
		model.addAttribute("problemLinkLabel", message("scenario.list"));
		return "workbench/problem";
	}

	/**
	 * An evaluation with the words a page shows: findings as rows, the figures by
	 * dimension with their labels, the moved responsibilities with names.
	 */
	record EvaluationView(Evaluation evaluation, List<FindingViews.Row> resolved, List<FindingViews.Row> introduced,
			List<Figure> before, List<Figure> after, Map<String, String> labels, List<Moved> moved) {

		public long agencies(boolean after) {
			return Evaluation.total(after ? this.after : this.before, false);
		}

		public long staff(boolean after) {
			return Evaluation.total(after ? this.after : this.before, true);
		}

		/** The figures of one dimension, before and after, by key. */
		public List<Row> rows(String dimension) {
			Map<String, Row> rows = new LinkedHashMap<>();
			this.before.stream()
				.filter(f -> f.dimension().equals(dimension))
				.forEach(f -> rows.put(f.key(),
						new Row(f.key(), label(dimension + "." + f.key()), f.agencies(), 0, f.staff(), 0)));
			this.after.stream().filter(f -> f.dimension().equals(dimension)).forEach(f -> {
				Row was = rows.get(f.key());
				rows.put(f.key(), new Row(f.key(), label(dimension + "." + f.key()), was == null ? 0 : was.before(),
						f.agencies(), was == null ? 0 : was.staffBefore(), f.staff()));
			});
			return List.copyOf(rows.values());
		}

		/**
		 * The agencies after in one group ({@code level.PROVINCE}), for the comparison.
		 */
		public long after(String key) {
			return this.after.stream()
				.filter(f -> (f.dimension() + "." + f.key()).equals(key))
				.mapToLong(Figure::agencies)
				.sum();
		}

		public long before(String key) {
			return this.before.stream()
				.filter(f -> (f.dimension() + "." + f.key()).equals(key))
				.mapToLong(Figure::agencies)
				.sum();
		}

		public String label(String key) {
			return this.labels.getOrDefault(key, key);
		}

	}

	/** Agencies and staff of one group before and after. */
	record Row(String key, String label, long before, long after, long staffBefore, long staffAfter) {
	}

	/** A moved responsibility with names. */
	record Moved(int change, String function, String role, String from, @Nullable String to) {
	}

	private EvaluationView view(Evaluation e, Scope scope) {
		boolean english = scope.english();
		String language = english ? "en" : "vi";
		Map<String, String> labels = new LinkedHashMap<>();
		for (List<Figure> figures : List.of(e.before(), e.after())) {
			figures.forEach(
					f -> labels.put(f.dimension() + "." + f.key(), this.views.label(f.dimension(), f.key(), english)));
		}
		Set<String> agencies = new HashSet<>();
		Set<String> functions = new HashSet<>();
		e.moved().forEach(m -> {
			agencies.add(m.from());
			if (m.to() != null) {
				agencies.add(m.to());
			}
			functions.add(m.function());
		});
		NameSheet sheet = this.names.of(agencies, functions, List.of(), List.of(), e.asOf());
		List<Moved> moved = e.moved()
			.stream()
			.map(m -> new Moved(m.change() + 1, sheet.name(NameSheet.FUNCTION, m.function(), language),
					this.views.label("role", m.role(), english), sheet.name(NameSheet.AGENCY, m.from(), language),
					m.to() == null ? null : sheet.name(NameSheet.AGENCY, m.to(), language)))
			.toList();
		return new EvaluationView(e, this.views.rows(e.resolved(), english), this.views.rows(e.introduced(), english),
				e.before(), e.after(), labels, moved);
	}

	/**
	 * The day to check a scenario on: its own {@code as_of} (null lets the service use
	 * it), else the day of the page.
	 */
	private static @Nullable LocalDate checkedOn(Scenario scenario, Scope scope) {
		return scenario.asOf() != null ? null : scope.day();
	}

	/** A change's fields in the scenario file's form, from its form's parameters. */
	static Map<String, Object> fields(String type, MultiValueMap<String, String> params) {
		Map<String, Object> fields = new LinkedHashMap<>();
		switch (type) {
			case "merge" -> {
				fields.put("agencies", codes(params, "merge.agency1", "merge.agency2", "merge.agency3"));
				if (!first(params, "merge.new.code").isBlank()) {
					Map<String, Object> into = new LinkedHashMap<>();
					into.put("code", first(params, "merge.new.code"));
					into.put("name", first(params, "merge.new.name"));
					putIfPresent(into, "name_en", first(params, "merge.new.name_en"));
					into.put("kind", first(params, "merge.new.kind"));
					fields.put("into", into);
				}
				else {
					putIfPresent(fields, "into", first(params, "merge.into"));
				}
			}
			case "transfer" -> {
				putIfPresent(fields, "function", first(params, "transfer.function"));
				putIfPresent(fields, "from", first(params, "transfer.from"));
				putIfPresent(fields, "to", first(params, "transfer.to"));
			}
			case "dissolve" -> {
				putIfPresent(fields, "agency", first(params, "dissolve.agency"));
				putIfPresent(fields, "hand_to", first(params, "dissolve.hand_to"));
			}
			case "abolish_level" -> {
				putIfPresent(fields, "level", first(params, "abolish_level.level"));
				putIfPresent(fields, "policy", first(params, "abolish_level.policy"));
				List<Map<String, Object>> except = new ArrayList<>();
				for (int i = 1; i <= BODY_POLICIES; i++) {
					String row = "abolish_level.except" + i + ".";
					List<String> kinds = params.getOrDefault(row + "kinds", List.of())
						.stream()
						.filter(kind -> !kind.isBlank())
						.toList();
					List<String> agencies = List.of(first(params, row + "agencies").split("[\\s,;]+"))
						.stream()
						.filter(code -> !code.isBlank())
						.toList();
					String policy = first(params, row + "policy");
					String to = first(params, row + "to");
					if (kinds.isEmpty() && agencies.isEmpty() && policy.isBlank() && to.isBlank()) {
						continue;
					}
					Map<String, Object> body = new LinkedHashMap<>();
					if (!kinds.isEmpty()) {
						body.put("kinds", kinds);
					}
					if (!agencies.isEmpty()) {
						body.put("agencies", agencies);
					}
					putIfPresent(body, "policy", policy);
					putIfPresent(body, "to", to);
					except.add(body);
				}
				if (!except.isEmpty()) {
					fields.put("except", except);
				}
			}
			case "merge_units" -> {
				fields.put("units", codes(params, "merge_units.unit1", "merge_units.unit2", "merge_units.unit3"));
				if (!first(params, "merge_units.new.code").isBlank()) {
					Map<String, Object> into = new LinkedHashMap<>();
					into.put("code", first(params, "merge_units.new.code"));
					into.put("name", first(params, "merge_units.new.name"));
					putIfPresent(into, "name_en", first(params, "merge_units.new.name_en"));
					putIfPresent(into, "kind", first(params, "merge_units.new.kind"));
					fields.put("into", into);
				}
				else {
					putIfPresent(fields, "into", first(params, "merge_units.into"));
				}
			}
			default -> throw new ScopeAdvice.BadInput("type=" + type);
		}
		return fields;
	}

	private static List<String> codes(MultiValueMap<String, String> params, String... keys) {
		List<String> codes = new ArrayList<>();
		for (String key : keys) {
			String code = first(params, key);
			if (!code.isBlank()) {
				codes.add(code);
			}
		}
		return codes;
	}

	private static void putIfPresent(Map<String, Object> map, String key, String value) {
		if (!value.isBlank()) {
			map.put(key, value);
		}
	}

	private static String first(MultiValueMap<String, String> params, String key) {
		String value = params.getFirst(key);
		return value == null ? "" : value.strip();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
