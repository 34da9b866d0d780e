package org.apparatus.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings computed per rule and parameters (the day, the threshold), for one
 * revision of the knowledge base. Bounded in memory: at most {@code maxSets} parameter
 * sets are kept, the least recently asked for dropped first, and none longer than
 * {@code maxAge} — a client asking for thousands of distinct days costs the time to
 * compute them, not the heap (a set of the seed is about 1.7 MB).
 */
final class FindingsCache {

	private final int maxSets;

	private final Duration maxAge;

	private final Clock clock;

	private String revision = "";

	private final LinkedHashMap<RuleParameters, Entry> sets = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<RuleParameters, Entry> eldest) {
			return size() > FindingsCache.this.maxSets;
		}
	};

	FindingsCache(int maxSets, Duration maxAge, Clock clock) {
		this.maxSets = maxSets;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/**
	 * The rules' futures for these parameters in this revision (a new, empty set when the
	 * revision changed, the set is too old or was dropped).
	 */
	synchronized Map<String, CompletableFuture<List<Finding>>> of(RuleParameters parameters, String currentRevision) {
		if (!currentRevision.equals(this.revision)) {
			// Another revision: what was computed for the old one will not be asked for
			// again.
			this.sets.clear();
			this.revision = currentRevision;
		}
		Instant now = this.clock.instant();
		Entry entry = this.sets.get(parameters);
		if (entry == null || entry.created().plus(this.maxAge).isBefore(now)) {
			entry = new Entry(now, new ConcurrentHashMap<>());
			this.sets.put(parameters, entry);
		}
		return entry.findings();
	}

	/** How many parameter sets are kept now. */
	synchronized int size() {
		return this.sets.size();
	}

	/** Whether findings for these parameters are kept now (for tests). */
	synchronized boolean holds(RuleParameters parameters) {
		return this.sets.containsKey(parameters);
	}

	private record Entry(Instant created, Map<String, CompletableFuture<List<Finding>>> findings) {
	}

}
