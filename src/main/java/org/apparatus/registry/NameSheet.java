package org.apparatus.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The names of the agencies, functions, units and instruments a piece of output refers
 * to, read at once by {@link Names}. An unknown code names itself, so that output never
 * breaks on a code the knowledge base lost meanwhile.
 */
public final class NameSheet {

	/** The kinds of entity a sheet names, as the names query returns them. */
	public static final String AGENCY = "agency";

	public static final String FUNCTION = "function";

	public static final String UNIT = "unit";

	public static final String MANDATE = "mandate";

	private final Map<String, Map<String, String[]>> names = new HashMap<>();

	private final Map<String, MandateName> mandates = new HashMap<>();

	private final Map<String, LocalDate> since = new HashMap<>();

	private final Map<String, LocalDate> until = new HashMap<>();

	private final Map<String, String> successors = new HashMap<>();

	NameSheet() {
	}

	void add(String type, String code, String name, @Nullable String nameEn) {
		this.names.computeIfAbsent(type, t -> new HashMap<>())
			.put(code, new String[] { name, nameEn == null ? name : nameEn });
	}

	void addMandate(MandateName mandate, LocalDate effectiveFrom, @Nullable LocalDate repealedOn,
			@Nullable String replacedBy) {
		this.mandates.put(mandate.code(), mandate);
		this.since.put(mandate.code(), effectiveFrom);
		if (repealedOn != null) {
			this.until.put(mandate.code(), repealedOn);
		}
		if (replacedBy != null) {
			this.successors.put(mandate.code(), replacedBy);
		}
	}

	/**
	 * The name of an agency, function or unit in a language ({@code vi} or {@code en},
	 * the Vietnamese name where there is no English one); for a mandate, its citation.
	 */
	public String name(String type, String code, String language) {
		if (MANDATE.equals(type)) {
			return citation(code, language);
		}
		String[] both = this.names.getOrDefault(type, Map.of()).get(code);
		return both == null ? code : both["en".equals(language) ? 1 : 0];
	}

	/** An instrument as a sentence cites it: {@link MandateName#citation}. */
	public String citation(String mandate, String language) {
		MandateName name = this.mandates.get(mandate);
		return name == null ? mandate : name.citation(language);
	}

	/** An instrument as a table shows it: {@link MandateName#reference}. */
	public String reference(String mandate) {
		MandateName name = this.mandates.get(mandate);
		return name == null ? mandate : name.reference();
	}

	/** The day an instrument took effect; null for a code the sheet does not know. */
	public @Nullable LocalDate effectiveFrom(String mandate) {
		return this.since.get(mandate);
	}

	/** The day an instrument was repealed; null while it is in force or when unknown. */
	public @Nullable LocalDate repealedOn(String mandate) {
		return this.until.get(mandate);
	}

	/**
	 * The code of the instrument that replaced it (named by the sheet too); null when
	 * none is recorded.
	 */
	public @Nullable String successor(String mandate) {
		return this.successors.get(mandate);
	}

	/**
	 * Instrument codes in the order they took effect (then by code), the order a citation
	 * reads best in.
	 */
	public List<String> chronological(Collection<String> mandates) {
		return mandates.stream()
			.sorted(Comparator.comparing((String code) -> this.since.getOrDefault(code, LocalDate.MAX))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}

}
