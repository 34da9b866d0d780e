package org.apparatus.registry;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apparatus.api.InvalidArgumentException;
import org.apparatus.registry.RegistryViews.SearchHit;
import org.apparatus.registry.RegistryViews.SearchKind;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Search by name across agencies, functions and mandates. Diacritics are ignored by the
 * index (see migration V0003); every word must match, the last one as a prefix, so the
 * query can be typed incrementally: {@code so tai ng} finds
 * {@code Sở Tài nguyên và Môi trường}.
 */
@Controller
class SearchController {

	static final int MAX_HITS = 100;

	/** The longest search text, in characters: far more than any name. */
	static final int MAX_TEXT = 200;

	/** The most words a search text may have: every word is one more index clause. */
	static final int MAX_WORDS = 12;

	private final GraphReader reader;

	SearchController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument int first, @Argument @Nullable LocalDate asOf) {
		if (first < 1 || first > MAX_HITS) {
			throw new InvalidArgumentException("first", "must be between 1 and " + MAX_HITS + ", not " + first);
		}
		String query = luceneQuery(checked(text));
		if (query.isEmpty()) {
			throw new InvalidArgumentException("text", "give at least one letter or digit to search for");
		}
		return this.reader.rows("queries/search-names", Map.of("query", query, "limit", first, "asOf", Today.or(asOf)))
			.stream()
			.map(r -> new SearchHit(SearchKind.valueOf(r.get("type").asString()), r.get("code").asString(),
					label(r.get("name").asString(), r.get("number").isNull() ? null : r.get("number").asString()),
					r.get("nameEn").isNull() ? null : r.get("nameEn").asString(), r.get("score").asDouble()))
			.toList();
	}

	/**
	 * The text if it is short enough to search for; otherwise a BAD_REQUEST naming the
	 * argument {@code text} (a long text or one with a thousand words would keep the
	 * index busy for many seconds).
	 */
	static String checked(String text) {
		if (text.length() > MAX_TEXT) {
			throw new InvalidArgumentException("text", "search for at most " + MAX_TEXT + " characters, not "
					+ text.length() + "; a name's first words are enough");
		}
		long words = words(text).size();
		if (words > MAX_WORDS) {
			throw new InvalidArgumentException("text",
					"search for at most " + MAX_WORDS + " words, not " + words + "; a name's first words are enough");
		}
		return text;
	}

	/**
	 * Every word required, the last one also as a prefix; Lucene's syntax characters are
	 * dropped.
	 */
	static String luceneQuery(String text) {
		List<String> words = words(text);
		List<String> clauses = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			clauses.add(i == words.size() - 1 ? "+(" + word + " OR " + word + "*)" : "+" + word);
		}
		return String.join(" ", clauses);
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word.toLowerCase(java.util.Locale.ROOT));
			}
		}
		return words;
	}

	private static String label(String name, String number) {
		return number == null || number.startsWith("(") ? name : number + " — " + name;
	}

}
