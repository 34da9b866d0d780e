package org.apparatus.registry;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apparatus.registry.Histories.History;
import org.apparatus.registry.RegistryViews.Grant;
import org.apparatus.registry.RegistryViews.ReportingLink;
import org.apparatus.registry.RegistryViews.ResponsibilityView;
import org.apparatus.system.KnowledgeBaseRevision;
import org.apparatus.system.RevisionCache;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The registry as pages read it (the planners' workbench): the unit tree, the agencies of
 * a unit and its subunits, one agency's profile, and search. The same queries of
 * {@code cypher/queries/} the GraphQL API runs, for modules that show the registry
 * without going through GraphQL.
 */
@Component
public class RegistryBrowser {

	private static final int ALL = 1_000_000;

	/** The longest text {@link #search} accepts, in characters. */
	public static final int MAX_SEARCH_TEXT = SearchController.MAX_TEXT;

	/** The most words {@link #search} accepts. */
	public static final int MAX_SEARCH_WORDS = SearchController.MAX_WORDS;

	private final GraphReader reader;

	private final RegistryLookup lookup;

	private final SearchController search;

	private final Histories history;

	/** The unit tree of a day, kept per revision of the knowledge base. */
	private final RevisionCache<LocalDate, List<UnitNode>> unitTrees;

	RegistryBrowser(GraphReader reader, RegistryLookup lookup, SearchController search, Histories history,
			KnowledgeBaseRevision revision) {
		this.unitTrees = new RevisionCache<>(revision, 64);
		this.reader = reader;
		this.lookup = lookup;
		this.search = search;
		this.history = history;
	}

	/**
	 * The bodies an agency shares functions with on a day: the {@code limit} sharing the
	 * most, each once for every role it holds them in, with those functions' codes.
	 */
	public List<Neighbour> neighbours(String code, LocalDate asOf, int limit) {
		return this.reader.rows("queries/agency-neighbours", Map.of("code", code, "asOf", asOf, "limit", limit))
			.stream()
			.map(r -> new Neighbour(r.get("code").asString(), r.get("name").asString(),
					r.get("nameEn").isNull() ? null : r.get("nameEn").asString(),
					Role.valueOf(r.get("role").asString()),
					r.get("functions").asList(org.neo4j.driver.Value::asString)))
			.toList();
	}

	/**
	 * An agency's or a unit's periods and the change events that touched it, as the
	 * GraphQL {@code history(code)} answers; null for a code never recorded.
	 */
	public @Nullable History history(String code) {
		return this.history.of(code);
	}

	/**
	 * Every unit that exists on a day, each with the code of the unit above it (read once
	 * per revision of the knowledge base and day).
	 */
	public List<UnitNode> units(LocalDate asOf) {
		return this.unitTrees.get(asOf, this::readUnits);
	}

	private List<UnitNode> readUnits(LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("level", null);
		parameters.put("asOf", asOf);
		List<AdminUnit> units = this.reader.rows("queries/units-page", parameters)
			.stream()
			.map(r -> AdminUnit.read(r.get("unit"), asOf))
			.toList();
		Map<String, List<AdminUnit>> parents = this.reader.grouped("queries/unit-parents",
				units.stream().map(AdminUnit::code).toList(), asOf, r -> AdminUnit.read(r.get("parent"), asOf));
		return units.stream().map(u -> {
			List<AdminUnit> up = parents.getOrDefault(u.code(), List.of());
			return new UnitNode(u, up.isEmpty() ? null : up.get(0).code());
		}).toList();
	}

	/**
	 * The agencies that exist on a day in a unit and, when asked, its subunits, each with
	 * its unit; every agency when {@code unit} is null.
	 */
	public List<Located> agencies(@Nullable String unit, boolean includeSubunits, LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("unit", unit);
		parameters.put("includeSubunits", includeSubunits);
		parameters.put("sector", null);
		parameters.put("kind", null);
		parameters.put("status", null);
		parameters.put("after", null);
		parameters.put("before", null);
		parameters.put("limit", ALL);
		parameters.put("descending", false);
		parameters.put("asOf", asOf);
		List<Agency> agencies = this.reader.rows("queries/agencies-page", parameters)
			.stream()
			.filter(r -> !r.get("a").isNull())
			.map(r -> Agency.read(r.get("a"), asOf))
			.toList();
		Map<String, List<AdminUnit>> units = this.reader.grouped("queries/agency-units",
				agencies.stream().map(Agency::code).toList(), asOf, r -> AdminUnit.read(r.get("unit"), asOf));
		List<Located> located = new ArrayList<>();
		for (Agency agency : agencies) {
			List<AdminUnit> home = units.getOrDefault(agency.code(), List.of());
			if (!home.isEmpty()) {
				located.add(new Located(agency, home.get(0)));
			}
		}
		return located;
	}

	/**
	 * An agency as it was on a day with its unit, reporting lines and responsibilities
	 * (each with its function, the function's parent and the instruments granting it);
	 * null when it did not exist that day.
	 */
	public @Nullable Profile profile(String code, LocalDate asOf) {
		Agency agency = this.lookup.agencies(Set.of(code), asOf).get(code);
		if (agency == null || !agency.exists()) {
			return null;
		}
		List<String> one = List.of(code);
		AdminUnit unit = this.reader
			.grouped("queries/agency-units", one, asOf, r -> AdminUnit.read(r.get("unit"), asOf))
			.getOrDefault(code, List.of())
			.stream()
			.findFirst()
			.orElse(null);
		List<ReportingLink> superiors = this.reader
			.grouped("queries/agency-superiors", one, asOf,
					r -> new ReportingLink(ReportingLineKind.valueOf(r.get("line").asString()),
							Agency.read(r.get("agency"), asOf)))
			.getOrDefault(code, List.of());
		List<ReportingLink> subordinates = this.reader
			.grouped("queries/agency-subordinates", one, asOf,
					r -> new ReportingLink(ReportingLineKind.valueOf(r.get("line").asString()),
							Agency.read(r.get("agency"), asOf)))
			.getOrDefault(code, List.of());
		List<ResponsibilityView> held = this.reader
			.grouped("queries/agency-responsibilities", one, asOf, r -> ResponsibilityController.view(r, asOf))
			.getOrDefault(code, List.of());
		Set<String> functionCodes = new LinkedHashSet<>();
		held.forEach(r -> functionCodes.add(r.functionCode()));
		Map<String, List<GovernmentFunction>> parents = this.reader.grouped("queries/function-parents", functionCodes,
				Period.END, r -> GovernmentFunction.read(r.get("parent"), asOf));
		Map<String, GovernmentFunction> functions = this.lookup.functions(functionCodes, asOf);
		Map<String, List<Grant>> grants = this.reader.grouped("queries/responsibility-grants",
				held.stream().map(ResponsibilityView::code).toList(), asOf,
				r -> new Grant(this.reader.entity(Mandate.class, r.get("mandate")),
						r.get("article").isNull() ? null : r.get("article").asString()));
		List<Held> responsibilities = new ArrayList<>();
		for (ResponsibilityView r : held) {
			GovernmentFunction function = functions.get(r.functionCode());
			if (function == null) {
				continue;
			}
			List<GovernmentFunction> up = parents.getOrDefault(r.functionCode(), List.of());
			responsibilities.add(new Held(r.code(), r.role(), function, up.isEmpty() ? null : up.get(0),
					grants.getOrDefault(r.code(), List.of())
						.stream()
						.map(g -> new Basis(g.mandate(), g.article(), g.mandate().inForceOn(asOf)))
						.toList()));
		}
		return new Profile(agency, unit, links(superiors), links(subordinates), responsibilities);
	}

	private static List<Link> links(List<ReportingLink> links) {
		return links.stream().map(l -> new Link(l.line(), l.agency())).toList();
	}

	/**
	 * Agencies (as they were on the day), functions, instruments and units whose names
	 * match every word of {@code text}, diacritics ignored, the last word as a prefix:
	 * the search of the GraphQL API, and the units of the day matched the same way. Empty
	 * when the text has no letter or digit; an
	 * {@link org.apparatus.api.InvalidArgumentException} when it is longer than
	 * {@link SearchController#MAX_TEXT} characters or {@link SearchController#MAX_WORDS}
	 * words.
	 */
	public List<Hit> search(String text, int limit, LocalDate asOf) {
		if (SearchController.luceneQuery(SearchController.checked(text)).isEmpty()) {
			return List.of();
		}
		List<Hit> hits = new ArrayList<>();
		List<String> words = words(text);
		for (UnitNode node : units(asOf)) {
			AdminUnit unit = node.unit();
			if (matches(words, unit.name()) || (unit.nameEn() != null && matches(words, unit.nameEn()))) {
				hits.add(new Hit(HitKind.UNIT, unit.code(), unit.name(), unit.nameEn()));
			}
		}
		this.search.search(text, Math.min(limit, SearchController.MAX_HITS), asOf)
			.forEach(h -> hits.add(new Hit(HitKind.valueOf(h.type().name()), h.code(), h.name(), h.nameEn())));
		return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
	}

	private static boolean matches(List<String> words, String name) {
		List<String> nameWords = words(name);
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean last = i == words.size() - 1;
			if (nameWords.stream().noneMatch(w -> last ? w.startsWith(word) : w.equals(word))) {
				return false;
			}
		}
		return !words.isEmpty();
	}

	/** The words of a text, lower case, without diacritics (đ as d). */
	public static List<String> words(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** Functions by code as they were on a day (for names). */
	public Map<String, GovernmentFunction> functions(Collection<String> codes, LocalDate asOf) {
		return this.lookup.functions(codes, asOf);
	}

	/** A unit and the unit it is part of on the day (null at the top). */
	public record UnitNode(AdminUnit unit, @Nullable String parent) {
	}

	/** An agency with the unit it serves. */
	public record Located(Agency agency, AdminUnit unit) {
	}

	/** A reporting line seen from one end: its kind and the agency at the other end. */
	public record Link(ReportingLineKind line, Agency agency) {
	}

	/**
	 * The instrument granting a responsibility, the article, and whether it is in force.
	 */
	public record Basis(Mandate mandate, @Nullable String article, boolean inForce) {
	}

	/** A responsibility an agency holds: role, function (with its parent) and basis. */
	public record Held(String code, Role role, GovernmentFunction function, @Nullable GovernmentFunction parent,
			List<Basis> basis) {
	}

	/** What an agency's page shows. */
	public record Profile(Agency agency, @Nullable AdminUnit unit, List<Link> superiors, List<Link> subordinates,
			List<Held> responsibilities) {
	}

	/**
	 * A body an agency shares functions with: the role it holds them in, and their codes.
	 */
	public record Neighbour(String code, String name, @Nullable String nameEn, Role role, List<String> functions) {
	}

	/** One search result. */
	public record Hit(HitKind type, String code, String name, @Nullable String nameEn) {
	}

	/** What a search result is. */
	public enum HitKind {

		UNIT, AGENCY, FUNCTION, MANDATE

	}

}
