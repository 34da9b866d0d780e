package org.apparatus.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apparatus.registry.NameSheet;
import org.jspecify.annotations.Nullable;

/**
 * Fills a rule's explanation template. Standard placeholders name the finding's entities:
 * {@code {agencies}} all of them, {@code {agency2}} the second, {@code {functions2+}} the
 * second and the ones after it (likewise {@code function}, {@code unit},
 * {@code mandate}); {@code {grants}} says which mandates give each agency its part;
 * {@code {score}} is the score. A mandate placeholder with {@code :status}
 * ({@code {mandates:status}}) adds to each mandate not in force on the analysis date why:
 * repealed on which day and replaced by which instrument, if one is recorded, or in force
 * only from a later day. Any other placeholder is the value of the rule's column of that
 * name; a column of codes with a type ({@code {contacts:functions}}) names them as the
 * standard placeholder of that type does.
 */
final class ExplanationWriter {

	static final List<String> STANDARD_PLACEHOLDERS = List.of("agencies", "functions", "units", "mandates", "grants",
			"score");

	/** The modifier of a mandate placeholder that says why a mandate is not in force. */
	static final String STATUS = "status";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+?)(\\d+)?(\\+)?(?::([A-Za-z]+))?\\}");

	private static final DateTimeFormatter DAY_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final Map<String, String> SINGULAR = Map.of("agency", "agencies", "function", "functions", "unit",
			"units", "mandate", "mandates");

	private static final Map<String, String> TYPE = Map.of("agencies", "agency", "functions", "function", "units",
			"unit", "mandates", "mandate");

	private static final Map<String, String[]> MORE = Map.of("agencies", new String[] { "cơ quan", "bodies" },
			"functions", new String[] { "nhiệm vụ", "tasks" }, "units", new String[] { "địa bàn", "units" }, "mandates",
			new String[] { "văn bản", "mandates" });

	private static final int LISTED = 6;

	/**
	 * The modifiers that name a column's codes in the reader's words from the labels
	 * bundle ({@code {sectors:sector}} gives "Nhà nước" / "State" for {@code STATE}).
	 */
	static final List<String> LABELS = List.of("sector", "level", "kind", "role", "line");

	private static final String LABEL_BUNDLE = "labels/labels";

	private static final java.util.ResourceBundle.Control NO_FALLBACK = java.util.ResourceBundle.Control
		.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private ExplanationWriter() {
	}

	/**
	 * The first placeholder of a template that neither is standard nor names a column;
	 * null if none.
	 */
	static @Nullable String unknownPlaceholder(String template, List<String> columns) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			String name = matcher.group(1);
			boolean indexed = matcher.group(2) != null;
			boolean entities = TYPE.containsKey(name) || SINGULAR.containsKey(name);
			boolean scalar = (STANDARD_PLACEHOLDERS.contains(name) || columns.contains(name)) && !indexed;
			String modifier = matcher.group(4);
			boolean typedColumn = modifier != null && (TYPE.containsKey(modifier) || LABELS.contains(modifier))
					&& columns.contains(name) && !indexed;
			boolean modified = modifier != null && !typedColumn
					&& !(STATUS.equals(modifier) && "mandates".equals(SINGULAR.getOrDefault(name, name)));
			if ((!entities && !scalar) || modified) {
				String whole = matcher.group(0);
				return whole.substring(1, whole.length() - 1);
			}
		}
		return null;
	}

	/** The explanation of a hit of the analysis of {@code asOf}, in both languages. */
	static Explanation explain(Rule rule, RuleHit hit, NameSheet names, LocalDate asOf) {
		return new Explanation(fill(rule.explanationVi(), hit, names, asOf, "vi"),
				fill(rule.explanationEn(), hit, names, asOf, "en"));
	}

	private static String fill(String template, RuleHit hit, NameSheet names, LocalDate asOf, String language) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(text, Matcher.quoteReplacement(value(matcher, hit, names, asOf, language)));
		}
		matcher.appendTail(text);
		return text.toString();
	}

	private static String value(Matcher placeholder, RuleHit hit, NameSheet names, LocalDate asOf, String language) {
		String name = placeholder.group(1);
		if (name.equals("grants")) {
			return grants(hit, names, language);
		}
		if (name.equals("score")) {
			return hit.score() == null ? "" : number(hit.score(), language);
		}
		String modifier = placeholder.group(4);
		if (modifier != null && LABELS.contains(modifier) && hit.extra().containsKey(name)) {
			return String.join(" / ",
					codes(hit.extra().get(name)).stream().map(code -> label(modifier, code, language)).toList());
		}
		if (modifier != null && TYPE.containsKey(modifier) && hit.extra().containsKey(name)) {
			List<String> named = new ArrayList<>();
			for (String code : codes(hit.extra().get(name))) {
				String entity = names.name(TYPE.get(modifier), code, language);
				named.add(modifier.equals("functions") ? "“" + entity + "”" : entity);
			}
			return join(named, MORE.get(modifier), language);
		}
		String plural = SINGULAR.getOrDefault(name, name);
		if (!TYPE.containsKey(plural)) {
			Object column = hit.extra().get(name);
			if (column instanceof Double || column instanceof Float) {
				return number(((Number) column).doubleValue(), language);
			}
			return column == null ? "" : column.toString();
		}
		List<String> codes = hit.codes(plural);
		int from = 0;
		int to = codes.size();
		if (placeholder.group(2) != null) {
			from = Integer.parseInt(placeholder.group(2)) - 1;
			to = placeholder.group(3) != null ? codes.size() : Math.min(from + 1, codes.size());
		}
		else if (!plural.equals(name)) {
			to = Math.min(1, codes.size());
		}
		boolean withStatus = STATUS.equals(placeholder.group(4));
		boolean anyStatus = false;
		List<String> named = new ArrayList<>();
		for (String code : codes.subList(Math.min(from, codes.size()), Math.max(Math.min(from, codes.size()), to))) {
			String entity = names.name(TYPE.get(plural), code, language);
			String status = withStatus ? status(code, names, asOf, language) : "";
			anyStatus |= !status.isEmpty();
			// a function's name is a phrase ("quản lý giáo dục"): quotes keep it apart
			// from the sentence
			named.add((plural.equals("functions") ? "“" + entity + "”" : entity) + status);
		}
		// a status has commas of its own: semicolons keep the mandates apart
		return anyStatus ? join(named, MORE.get(plural), language, "; ", "; ")
				: join(named, MORE.get(plural), language);
	}

	/**
	 * Why a mandate is not in force on the day: ", repealed on 1 January 2025, replaced
	 * by Law 34/2024/QH15" (the successor where one is recorded), or ", in force from …"
	 * for one not yet effective; nothing for a mandate in force or unknown.
	 */
	private static String status(String mandate, NameSheet names, LocalDate asOf, String language) {
		boolean english = "en".equals(language);
		LocalDate repealed = names.repealedOn(mandate);
		if (repealed != null && !repealed.isAfter(asOf)) {
			String successor = names.successor(mandate);
			String text = (english ? ", repealed on " : ", hết hiệu lực từ ngày ") + day(repealed, english);
			if (successor != null) {
				text += (english ? ", replaced by " : ", được thay thế bằng ") + names.citation(successor, language);
			}
			return text;
		}
		LocalDate effective = names.effectiveFrom(mandate);
		if (effective != null && effective.isAfter(asOf)) {
			return (english ? ", in force from " : ", có hiệu lực từ ngày ") + day(effective, english);
		}
		return "";
	}

	/**
	 * The codes a typed column placeholder of a template names, by type
	 * ({@code {contacts:functions}} gives contacts → functions), so that their names can
	 * be read with the others.
	 */
	static Map<String, String> typedColumns(String template) {
		Map<String, String> typed = new java.util.HashMap<>();
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			String modifier = matcher.group(4);
			if (modifier != null && TYPE.containsKey(modifier) && !TYPE.containsKey(matcher.group(1))
					&& !SINGULAR.containsKey(matcher.group(1))) {
				typed.put(matcher.group(1), modifier);
			}
		}
		return typed;
	}

	static List<String> codes(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
		}
		return value == null ? List.of() : List.of(value.toString());
	}

	/**
	 * A fraction (a score or its points) as a reader writes it: two decimals, with the
	 * decimal comma in Vietnamese ("0,23") and the point in English ("0.23").
	 */
	static String number(double value, String language) {
		String point = String.format(Locale.ROOT, "%.2f", value);
		return "en".equals(language) ? point : point.replace('.', ',');
	}

	/**
	 * The reader's word for a code of the model from the labels bundle; the code if none.
	 */
	private static String label(String kind, String code, String language) {
		try {
			return java.util.ResourceBundle
				.getBundle(LABEL_BUNDLE, "en".equals(language) ? Locale.ENGLISH : VIETNAMESE,
						ExplanationWriter.class.getClassLoader(), NO_FALLBACK)
				.getString(kind + "." + code);
		}
		catch (java.util.MissingResourceException ex) {
			return code;
		}
	}

	private static String day(LocalDate day, boolean english) {
		return (english ? DAY_EN : DAY_VI).format(day);
	}

	private static String grants(RuleHit hit, NameSheet names, String language) {
		List<String> parts = new ArrayList<>();
		for (RuleHit.Grant grant : hit.grants()) {
			String agency = names.name(NameSheet.AGENCY, grant.agency(), language);
			if (grant.mandates().isEmpty()) {
				parts.add(agency
						+ ("en".equals(language) ? " on no mandate in force" : " không có văn bản còn hiệu lực"));
			}
			else {
				List<String> cited = names.chronological(grant.mandates())
					.stream()
					.map(m -> names.citation(m, language))
					.toList();
				parts.add(agency + ("en".equals(language) ? " under " : " theo ")
						+ join(cited, MORE.get("mandates"), language));
			}
		}
		return String.join("; ", parts);
	}

	private static String join(List<String> items, String[] more, String language) {
		boolean english = "en".equals(language);
		return join(items, more, language, ", ", english ? " and " : " và ");
	}

	private static String join(List<String> items, String[] more, String language, String separator,
			String lastSeparator) {
		boolean english = "en".equals(language);
		if (items.isEmpty()) {
			return english ? "none" : "không có";
		}
		List<String> shown = items.size() > LISTED ? new ArrayList<>(items.subList(0, LISTED - 1))
				: new ArrayList<>(items);
		if (items.size() > LISTED) {
			int rest = items.size() - shown.size();
			shown.add(english ? rest + " more " + more[1] : rest + " " + more[0] + " khác");
		}
		if (shown.size() == 1) {
			return shown.get(0);
		}
		String last = shown.remove(shown.size() - 1);
		return String.join(separator, shown) + lastSeparator + last;
	}

}
