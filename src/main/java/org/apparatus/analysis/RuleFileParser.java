package org.apparatus.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a rule file: {@code // key: value} comment lines at the top, then a
 * blank {@code //} line and free text describing the rule, then the query. The whole
 * file, comments included, is the statement that runs, so it can be pasted into Neo4j
 * Browser or cypher-shell as is.
 */
final class RuleFileParser {

	static final List<String> REQUIRED_COLUMNS = List.of("key", "units", "agencies", "functions", "mandates");

	private static final List<String> KEYS = List.of("id", "severity", "title.vi", "title.en", "parameters", "columns",
			"explanation.vi", "explanation.en");

	private static final Pattern HEADER_LINE = Pattern.compile("//\\s*([a-z.]+)\\s*:(.*)");

	private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern PARAMETER_USE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

	private RuleFileParser() {
	}

	/**
	 * @param source the file's name for messages, e.g. {@code cypher/rules/GAP.cypher}
	 * @param fileId the id the file name gives (its name without {@code .cypher})
	 */
	static Rule parse(String source, String fileId, String text) {
		Map<String, String> header = new LinkedHashMap<>();
		Map<String, Integer> lineOf = new LinkedHashMap<>();
		StringBuilder description = new StringBuilder();
		String[] lines = text.split("\\R", -1);
		int bodyStart = lines.length;
		boolean inDescription = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.startsWith("//")) {
				bodyStart = i;
				break;
			}
			Matcher matcher = HEADER_LINE.matcher(line);
			if (!inDescription && matcher.matches() && KEYS.contains(matcher.group(1))) {
				String key = matcher.group(1);
				if (header.containsKey(key)) {
					throw fail(source, i + 1, "'" + key + "' is given twice");
				}
				header.put(key, matcher.group(2).strip());
				lineOf.put(key, i + 1);
			}
			else if (!inDescription && line.replace("/", "").isBlank()) {
				inDescription = true;
			}
			else if (inDescription) {
				description.append(description.isEmpty() ? "" : "\n").append(line.substring(2).strip());
			}
			else {
				throw fail(source, i + 1, "unknown header line '" + line + "' (expected one of " + KEYS
						+ ", then a blank // line before the description)");
			}
		}
		for (String key : KEYS) {
			if (!header.containsKey(key) || (header.get(key).isEmpty() && !key.equals("parameters"))) {
				throw fail(source, 1, "the header has no '" + key + "' (every rule file starts with " + KEYS + ")");
			}
		}
		String id = header.get("id");
		if (!ID.matcher(id).matches()) {
			throw fail(source, lineOf.get("id"), "id '" + id + "' must be upper case letters, digits and _");
		}
		if (!id.equals(fileId)) {
			throw fail(source, lineOf.get("id"), "id '" + id + "' differs from the file name (" + fileId + ".cypher)");
		}
		Severity severity;
		try {
			severity = Severity.valueOf(header.get("severity"));
		}
		catch (IllegalArgumentException ex) {
			throw fail(source, lineOf.get("severity"),
					"severity '" + header.get("severity") + "' is not one of " + Arrays.toString(Severity.values()));
		}
		List<String> parameters = list(header.get("parameters"));
		for (String parameter : parameters) {
			if (!RuleParameters.NAMES.contains(parameter)) {
				throw fail(source, lineOf.get("parameters"),
						"unknown parameter '" + parameter + "' (known: " + RuleParameters.NAMES + ")");
			}
		}
		String body = String.join("\n", Arrays.copyOfRange(lines, bodyStart, lines.length));
		if (body.isBlank()) {
			throw fail(source, lines.length, "there is no query after the header");
		}
		Matcher uses = PARAMETER_USE.matcher(body);
		while (uses.find()) {
			if (!parameters.contains(uses.group(1))) {
				throw fail(source, bodyStart + 1 + lineIndex(body, uses.start()),
						"the query uses $" + uses.group(1) + " but the header's parameters do not list it");
			}
		}
		List<String> columns = list(header.get("columns"));
		for (String required : REQUIRED_COLUMNS) {
			if (!columns.contains(required)) {
				throw fail(source, lineOf.get("columns"),
						"columns must include " + REQUIRED_COLUMNS + "; '" + required + "' is missing");
			}
		}
		for (String key : List.of("explanation.vi", "explanation.en")) {
			String unknown = ExplanationWriter.unknownPlaceholder(header.get(key), columns);
			if (unknown != null) {
				throw fail(source, lineOf.get(key),
						"placeholder {" + unknown + "} is neither a standard one "
								+ ExplanationWriter.STANDARD_PLACEHOLDERS + " (a mandate one may end in :"
								+ ExplanationWriter.STATUS + ") nor one of the columns");
			}
		}
		return new Rule(id, severity, header.get("title.vi"), header.get("title.en"), parameters, columns,
				header.get("explanation.vi"), header.get("explanation.en"), description.toString(), text, source);
	}

	private static List<String> list(String value) {
		Set<String> items = new LinkedHashSet<>();
		for (String item : value.split(",")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return new ArrayList<>(items);
	}

	private static int lineIndex(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
	}

	private static InvalidRuleException fail(String source, int line, String message) {
		return new InvalidRuleException(source + ":" + line + ": " + message);
	}

}
