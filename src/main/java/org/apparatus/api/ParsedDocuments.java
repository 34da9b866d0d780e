package org.apparatus.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * The documents clients send again and again, kept parsed and validated: a client sends
 * the same few documents with different variables, and parsing and validating one cost
 * about a tenth of a planner query's CPU under load (docs/performance.md). Only valid
 * documents are kept, the most recently used {@value #KEPT} of them up to
 * {@value #LONGEST} characters each; the schema does not change while the application
 * runs, so a document valid once stays valid.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

	private static final int KEPT = 512;

	private static final int LONGEST = 20_000;

	private final Map<Key, PreparsedDocumentEntry> kept = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, PreparsedDocumentEntry> eldest) {
			return size() > KEPT;
		}
	};

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		if (input.getQuery().length() > LONGEST) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		// validation messages are in the request's language
		Key key = new Key(input.getQuery(), input.getLocale());
		PreparsedDocumentEntry entry;
		synchronized (this.kept) {
			entry = this.kept.get(key);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				synchronized (this.kept) {
					this.kept.put(key, entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	private record Key(String query, Locale locale) {
	}

}
