package org.apparatus.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apparatus.registry.AdminLevel;
import org.apparatus.registry.AgencyKind;
import org.apparatus.registry.UnitKind;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Scenario files (domain.md §6): reads one into a {@link Scenario}, reporting every
 * problem of its shape with the path of the value ({@code changes[2].transfer.from}), and
 * writes one back in the same form, so that {@code scenario export} of an imported file
 * gives an equivalent file.
 */
public final class ScenarioYaml {

	static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

	private static final Map<String, Set<String>> FIELDS = Map.of("merge", Set.of("agencies", "into"), "transfer",
			Set.of("function", "from", "to"), "dissolve", Set.of("agency", "hand_to"), "abolish_level",
			Set.of("level", "policy", "except"), "merge_units", Set.of("units", "into"));

	/** The largest scenario file read: about ten thousand changes. */
	public static final int MAX_CHARACTERS = 1_000_000;

	static final int MAX_ALIASES = 20;

	static final int MAX_DEPTH = 20;

	private ScenarioYaml() {
	}

	/** The problem of a file above {@link #MAX_CHARACTERS}, of the size given. */
	public static InvalidScenarioException tooLarge(String size) {
		return new InvalidScenarioException("file", List.of(new ScenarioProblem("file",
				"too large (" + size + "): a scenario file has at most " + MAX_CHARACTERS + " characters")));
	}

	/**
	 * Reads a scenario file. A file is refused before parsing when it is larger than
	 * {@link #MAX_CHARACTERS} (SnakeYAML takes quadratic time on one long scalar), and
	 * while parsing when it uses global tags (no Java types, whatever the tag), more than
	 * {@link #MAX_ALIASES} aliases (a few nested ones expand to millions of nodes) or
	 * nests deeper than {@link #MAX_DEPTH}: a scenario needs none of these.
	 */
	public static Scenario read(String text) {
		if (text.length() > MAX_CHARACTERS) {
			throw tooLarge(text.length() + " characters");
		}
		Object document;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(MAX_ALIASES);
			options.setNestingDepthLimit(MAX_DEPTH);
			options.setCodePointLimit(MAX_CHARACTERS);
			options.setAllowDuplicateKeys(false);
			options.setTagInspector(tag -> false);
			document = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
					options, new DaysAsText())
				.load(text);
		}
		catch (MarkedYAMLException ex) {
			throw new InvalidScenarioException("file",
					List.of(new ScenarioProblem(
							"line " + (ex.getProblemMark() == null ? "?" : ex.getProblemMark().getLine() + 1),
							"not valid YAML: " + ex.getProblem())));
		}
		catch (YAMLException ex) {
			throw new InvalidScenarioException("file",
					List.of(new ScenarioProblem("file", "not valid YAML: " + ex.getMessage())));
		}
		return read(document);
	}

	/**
	 * A scenario from its file form already parsed into maps and lists (as GraphQL input
	 * arrives): the same checks, problems named by the same paths.
	 */
	public static Scenario read(@Nullable Object document) {
		Reader reader = new Reader();
		Scenario scenario = reader.scenario(document);
		if (!reader.problems.isEmpty()) {
			throw new InvalidScenarioException(scenario == null ? "file" : scenario.name(), reader.problems);
		}
		return scenario;
	}

	/**
	 * One change in its parsed file form, e.g. {@code {transfer: {function: F, from: A,
	 * to: B}}}; problems named from {@code where}.
	 */
	public static Change readChange(String scenario, @Nullable Object item, String where) {
		Reader reader = new Reader();
		Change change = reader.change(where, item);
		if (!reader.problems.isEmpty() || change == null) {
			throw new InvalidScenarioException(scenario, reader.problems);
		}
		return change;
	}

	/**
	 * The scenario as its file: name and description in block style, then each change on
	 * its own line (as people write them), every value quoted only where YAML needs it.
	 */
	public static String write(Scenario scenario) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("name", scenario.name());
		header.put("description", scenario.description());
		if (scenario.asOf() != null) {
			header.put("as_of", scenario.asOf().toString());
		}
		StringBuilder out = new StringBuilder(yaml(DumperOptions.FlowStyle.BLOCK).dump(header)).append("changes:\n");
		scenario.changes().forEach(change -> out.append("  - ").append(line(change)).append('\n'));
		return out.toString();
	}

	/**
	 * A change as one line of YAML, e.g. {@code transfer: {function: F, from: A, to: B}}.
	 */
	public static String line(Change change) {
		return change.type() + ": " + yaml(DumperOptions.FlowStyle.FLOW).dump(fields(change)).strip();
	}

	/** A change's fields in the order the file form lists them. */
	private static Map<String, Object> fields(Change change) {
		Map<String, Object> fields = new LinkedHashMap<>();
		if (change instanceof Change.Merge merge) {
			fields.put("agencies", merge.agencies());
			if (merge.newAgency() == null) {
				fields.put("into", merge.into());
			}
			else {
				Map<String, Object> into = new LinkedHashMap<>();
				into.put("code", merge.newAgency().code());
				into.put("name", merge.newAgency().name());
				putIfPresent(into, "name_en", merge.newAgency().nameEn());
				into.put("kind", merge.newAgency().kind().name());
				fields.put("into", into);
			}
		}
		else if (change instanceof Change.Transfer transfer) {
			fields.put("function", transfer.function());
			fields.put("from", transfer.from());
			fields.put("to", transfer.to());
		}
		else if (change instanceof Change.Dissolve dissolve) {
			fields.put("agency", dissolve.agency());
			putIfPresent(fields, "hand_to", dissolve.handTo());
		}
		else if (change instanceof Change.AbolishLevel abolish) {
			fields.put("level", abolish.level().name());
			fields.put("policy", abolish.policy().name());
			if (!abolish.except().isEmpty()) {
				List<Map<String, Object>> except = new ArrayList<>();
				for (Change.BodyPolicy body : abolish.except()) {
					Map<String, Object> written = new LinkedHashMap<>();
					if (!body.kinds().isEmpty()) {
						written.put("kinds", body.kinds().stream().map(Enum::name).toList());
					}
					if (!body.agencies().isEmpty()) {
						written.put("agencies", body.agencies());
					}
					putIfPresent(written, "policy", body.policy() == null ? null : body.policy().name());
					putIfPresent(written, "to", body.to());
					except.add(written);
				}
				fields.put("except", except);
			}
		}
		else if (change instanceof Change.MergeUnits units) {
			fields.put("units", units.units());
			if (units.newUnit() == null) {
				fields.put("into", units.into());
			}
			else {
				Map<String, Object> into = new LinkedHashMap<>();
				into.put("code", units.newUnit().code());
				into.put("name", units.newUnit().name());
				putIfPresent(into, "name_en", units.newUnit().nameEn());
				putIfPresent(into, "kind", units.newUnit().kind() == null ? null : units.newUnit().kind().name());
				fields.put("into", into);
			}
		}
		return fields;
	}

	private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	/**
	 * SnakeYAML's writer in one style, lines never split, Vietnamese written as it is.
	 */
	private static Yaml yaml(DumperOptions.FlowStyle style) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(style);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setAllowUnicode(true);
		options.setSplitLines(false);
		options.setWidth(Integer.MAX_VALUE);
		return new Yaml(options);
	}

	/**
	 * Leaves {@code 2025-02-28} as text for {@link Reader#day} to check: YAML 1.1 would
	 * read it as a timestamp, and a lenient calendar turns {@code 2025-13-01} into a day
	 * of 2026 instead of an error.
	 */
	private static final class DaysAsText extends Resolver {

		@Override
		public Tag resolve(NodeId kind, String value, boolean implicit) {
			Tag tag = super.resolve(kind, value, implicit);
			return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
		}

	}

	/**
	 * Walks the parsed document, collecting problems instead of stopping at the first.
	 */
	private static final class Reader {

		final List<ScenarioProblem> problems = new ArrayList<>();

		@Nullable Scenario scenario(@Nullable Object document) {
			if (!(document instanceof Map<?, ?> root)) {
				this.problems.add(new ScenarioProblem("file",
						"a scenario is a mapping with name, description, as_of (optional) and changes"));
				return null;
			}
			unknownKeys("file", root, Set.of("name", "description", "as_of", "changes"));
			String name = text(root, "name", "name", true);
			if (name != null && !NAME.matcher(name).matches()) {
				this.problems.add(new ScenarioProblem("name", "\"" + name
						+ "\" is not a scenario name: letters, digits, '.', '-' and '_', at most 80, starting with a letter or digit"));
			}
			String description = text(root, "description", "description", false);
			LocalDate asOf = day(root.get("as_of"), "as_of");
			List<Change> changes = new ArrayList<>();
			Object items = root.get("changes");
			if (!(items instanceof List<?> list) || list.isEmpty()) {
				this.problems.add(new ScenarioProblem("changes", "a scenario needs a list of at least one change"));
			}
			else {
				for (int i = 0; i < list.size(); i++) {
					Change change = change("changes[" + i + "]", list.get(i));
					if (change != null) {
						changes.add(change);
					}
				}
			}
			return new Scenario(name == null ? "?" : name, description == null ? "" : description, changes, asOf);
		}

		private @Nullable Change change(String where, @Nullable Object item) {
			if (!(item instanceof Map<?, ?> map) || map.size() != 1) {
				this.problems.add(
						new ScenarioProblem(where, "each change is one of " + FIELDS.keySet().stream().sorted().toList()
								+ " with its fields, e.g. transfer: { function: F, from: A, to: B }"));
				return null;
			}
			String type = String.valueOf(map.keySet().iterator().next());
			Object body = map.values().iterator().next();
			String path = where + "." + type;
			if (!FIELDS.containsKey(type)) {
				this.problems.add(new ScenarioProblem(where,
						"unknown change \"" + type + "\" (known: " + FIELDS.keySet().stream().sorted().toList() + ")"));
				return null;
			}
			if (!(body instanceof Map<?, ?> fields)) {
				this.problems.add(new ScenarioProblem(path, "the fields of the change are missing"));
				return null;
			}
			unknownKeys(path, fields, FIELDS.get(type));
			int before = this.problems.size();
			Change change = switch (type) {
				case "merge" -> {
					List<String> agencies = codes(fields, "agencies", path);
					Object into = fields.get("into");
					if (into instanceof Map<?, ?> created) {
						unknownKeys(path + ".into", created, Set.of("code", "name", "name_en", "kind"));
						String code = text(created, "code", path + ".into.code", true);
						String name = text(created, "name", path + ".into.name", true);
						String nameEn = text(created, "name_en", path + ".into.name_en", false);
						AgencyKind kind = enumValue(AgencyKind.class, created.get("kind"), path + ".into.kind");
						yield new Change.Merge(agencies, code == null ? "?" : code,
								new Change.NewAgency(code == null ? "?" : code, name == null ? "?" : name, nameEn,
										kind == null ? AgencyKind.DEPARTMENT : kind));
					}
					String target = text(fields, "into", path + ".into", true);
					yield new Change.Merge(agencies, target == null ? "?" : target, null);
				}
				case "transfer" -> new Change.Transfer(required(fields, "function", path),
						required(fields, "from", path), required(fields, "to", path));
				case "dissolve" -> new Change.Dissolve(required(fields, "agency", path),
						text(fields, "hand_to", path + ".hand_to", false));
				case "abolish_level" -> {
					AdminLevel level = enumValue(AdminLevel.class, fields.get("level"), path + ".level");
					Change.Policy policy = enumValue(Change.Policy.class, fields.get("policy"), path + ".policy");
					yield new Change.AbolishLevel(level == null ? AdminLevel.DISTRICT : level,
							policy == null ? Change.Policy.UP : policy,
							bodyPolicies(fields.get("except"), path + ".except"));
				}
				default -> {
					List<String> units = codes(fields, "units", path);
					Object into = fields.get("into");
					if (into instanceof Map<?, ?> created) {
						unknownKeys(path + ".into", created, Set.of("code", "name", "name_en", "kind"));
						String code = text(created, "code", path + ".into.code", true);
						String name = text(created, "name", path + ".into.name", true);
						String nameEn = text(created, "name_en", path + ".into.name_en", false);
						// optional: without a kind, the new unit's kind is unknown
						UnitKind kind = created.get("kind") == null ? null
								: enumValue(UnitKind.class, created.get("kind"), path + ".into.kind");
						yield new Change.MergeUnits(units, code == null ? "?" : code,
								new Change.NewUnit(code == null ? "?" : code, name == null ? "?" : name, nameEn, kind));
					}
					String target = text(fields, "into", path + ".into", true);
					yield new Change.MergeUnits(units, target == null ? "?" : target, null);
				}
			};
			return this.problems.size() == before ? change : null;
		}

		/**
		 * An optional day: text in the file ({@link DaysAsText}), a date from GraphQL
		 * input.
		 */
		private @Nullable LocalDate day(@Nullable Object value, String where) {
			if (value == null) {
				return null;
			}
			if (value instanceof LocalDate date) {
				return date;
			}
			try {
				return LocalDate.parse(value.toString().strip());
			}
			catch (DateTimeParseException ex) {
				this.problems.add(new ScenarioProblem(where, "\"" + value + "\" is not a day (YYYY-MM-DD)"));
				return null;
			}
		}

		private String required(Map<?, ?> fields, String key, String path) {
			String value = text(fields, key, path + "." + key, true);
			return value == null ? "?" : value;
		}

		private @Nullable String text(Map<?, ?> map, String key, String where, boolean required) {
			Object value = map.get(key);
			if (value == null || value.toString().isBlank()) {
				if (required) {
					this.problems.add(new ScenarioProblem(where, "missing"));
				}
				return null;
			}
			if (value instanceof Map || value instanceof List) {
				this.problems.add(new ScenarioProblem(where, "must be a single value"));
				return null;
			}
			return value.toString().strip();
		}

		private List<String> codes(Map<?, ?> fields, String key, String path) {
			Object value = fields.get(key);
			if (!(value instanceof List<?> list) || list.size() < 2) {
				this.problems.add(new ScenarioProblem(path + "." + key, "must list at least two codes"));
				return List.of();
			}
			List<String> codes = new ArrayList<>();
			list.forEach(code -> codes.add(String.valueOf(code).strip()));
			if (Set.copyOf(codes).size() != codes.size()) {
				this.problems.add(new ScenarioProblem(path + "." + key, "lists a code twice"));
			}
			return codes;
		}

		private <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable Object value, String where) {
			if (value == null) {
				this.problems.add(new ScenarioProblem(where, "missing"));
				return null;
			}
			try {
				return Enum.valueOf(type, value.toString().strip().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				List<String> known = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
				this.problems.add(new ScenarioProblem(where, "\"" + value + "\" is not one of " + known));
				return null;
			}
		}

		/**
		 * The per-body policies of an abolished tier: each names kinds or agencies (or
		 * both) and says where their responsibilities go, UP or DOWN ({@code policy}) or
		 * to one body ({@code to}).
		 */
		private List<Change.BodyPolicy> bodyPolicies(@Nullable Object value, String path) {
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof List<?> list)) {
				this.problems.add(new ScenarioProblem(path, "must be a list of {kinds, agencies, policy or to}"));
				return List.of();
			}
			List<Change.BodyPolicy> policies = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				String where = path + "[" + i + "]";
				if (!(list.get(i) instanceof Map<?, ?> body)) {
					this.problems.add(new ScenarioProblem(where, "must be a map {kinds, agencies, policy or to}"));
					continue;
				}
				unknownKeys(where, body, Set.of("kinds", "agencies", "policy", "to"));
				List<AgencyKind> kinds = new ArrayList<>();
				for (String kind : list(body, "kinds", where)) {
					AgencyKind known = enumValue(AgencyKind.class, kind, where + ".kinds");
					if (known != null) {
						kinds.add(known);
					}
				}
				List<String> agencies = list(body, "agencies", where);
				if (kinds.isEmpty() && agencies.isEmpty()) {
					this.problems.add(new ScenarioProblem(where, "names no body: give kinds, agencies or both"));
				}
				Change.Policy policy = body.get("policy") == null ? null
						: enumValue(Change.Policy.class, body.get("policy"), where + ".policy");
				String to = text(body, "to", where + ".to", false);
				if ((body.get("policy") == null) == (to == null)) {
					this.problems.add(new ScenarioProblem(where, "give either policy (UP or DOWN) or to (a body)"));
				}
				policies.add(new Change.BodyPolicy(List.copyOf(kinds), agencies, policy, to));
			}
			return List.copyOf(policies);
		}

		/** A list of single values (one value is a list of one), empty when absent. */
		private List<String> list(Map<?, ?> map, String key, String where) {
			Object value = map.get(key);
			if (value == null) {
				return List.of();
			}
			if (value instanceof Map) {
				this.problems.add(new ScenarioProblem(where + "." + key, "must be a list"));
				return List.of();
			}
			List<String> values = new ArrayList<>();
			for (Object item : value instanceof List<?> items ? items : List.of(value)) {
				values.add(String.valueOf(item).strip());
			}
			return List.copyOf(values);
		}

		private void unknownKeys(String where, Map<?, ?> map, Set<String> known) {
			for (Object key : map.keySet()) {
				if (!known.contains(String.valueOf(key))) {
					this.problems.add(new ScenarioProblem(where,
							"unknown field \"" + key + "\" (expected " + known.stream().sorted().toList() + ")"));
				}
			}
		}

	}

}
