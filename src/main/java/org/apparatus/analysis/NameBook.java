package org.apparatus.analysis;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apparatus.system.CypherFile;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The names of the agencies, functions, units and mandates some findings refer to, read in one query. */
final class NameBook {

	private static final Map<String, String[]> MANDATE_KINDS = Map.of("CONSTITUTION",
			new String[] { "Hiến pháp", "Constitution" }, "LAW", new String[] { "Luật", "Law" }, "RESOLUTION",
			new String[] { "Nghị quyết", "Resolution" }, "DECREE", new String[] { "Nghị định", "Decree" }, "DECISION",
			new String[] { "Quyết định", "Decision" }, "CIRCULAR", new String[] { "Thông tư", "Circular" },
			"REGULATION", new String[] { "Quy định", "Regulation" }, "DIRECTIVE", new String[] { "Chỉ thị", "Directive" },
			"CONCLUSION", new String[] { "Kết luận", "Conclusion" }, "PLAN", new String[] { "Kế hoạch", "Plan" });

	private final Map<String, Map<String, String[]>> names = new HashMap<>();

	private final Map<String, LocalDate> since = new HashMap<>();

	private NameBook() {
	}

	static NameBook load(Neo4jClient client, Collection<String> agencies, Collection<String> functions,
			Collection<String> units, Collection<String> mandates) {
		NameBook book = new NameBook();
		client.query(CypherFile.load("analysis/names"))
			.bindAll(Map.of("agencies", List.copyOf(agencies), "functions", List.copyOf(functions), "units",
					List.copyOf(units), "mandates", List.copyOf(mandates)))
			.fetch()
			.all()
			.forEach(row -> {
				book.add((String) row.get("type"), (String) row.get("code"), (String) row.get("name"),
						(String) row.get("nameEn"), (String) row.get("kind"), (String) row.get("number"));
				if (row.get("since") instanceof LocalDate since) {
					book.since.put((String) row.get("code"), since);
				}
			});
		return book;
	}

	private void add(String type, String code, @Nullable String name, @Nullable String nameEn, @Nullable String kind,
			@Nullable String number) {
		String vi = name == null ? code : name;
		String en = nameEn == null ? vi : nameEn;
		if ("function".equals(type)) {
			vi = "“" + vi + "”";
			en = "“" + en + "”";
		}
		if ("mandate".equals(type) && kind != null && MANDATE_KINDS.containsKey(kind)) {
			if (number != null && number.chars().anyMatch(Character::isDigit)) {
				vi = MANDATE_KINDS.get(kind)[0] + " " + number;
				en = MANDATE_KINDS.get(kind)[1] + " " + number;
			}
			else {
				// No real number (an illustrative instrument, docs/seed-data.md): "Quyết định (minh họa)"
				// would tell the reader nothing, the title says which instrument is meant.
				en = MANDATE_KINDS.get(kind)[1] + " " + code + " (" + vi + ")";
			}
		}
		this.names.computeIfAbsent(type, t -> new HashMap<>()).put(code, new String[] { vi, en });
	}

	/** Mandate codes in the order they took effect (then by code), the order a citation reads best in. */
	List<String> chronological(Collection<String> mandates) {
		return mandates.stream()
			.sorted(Comparator.comparing((String code) -> this.since.getOrDefault(code, LocalDate.MAX))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	/** The name of an entity of a type (agency, function, unit, mandate) in a language; its code if unknown. */
	String name(String type, String code, String language) {
		String[] both = this.names.getOrDefault(type, Map.of()).get(code);
		return both == null ? code : both["en".equals(language) ? 1 : 0];
	}

}
