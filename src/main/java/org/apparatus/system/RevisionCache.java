package org.apparatus.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What was read from the knowledge base, kept for one {@link KnowledgeBaseRevision}: the
 * registry's entities by code, the unit tree of a day. A new revision empties it; at most
 * {@code maxEntries} values are kept, the least recently used dropped first. Inside a
 * write transaction it is bypassed, so that an edit always sees its own writes (its new
 * revision is only read after it commits).
 *
 * @param <K> the key of a value (a code and a day)
 * @param <V> the value read for it
 */
public final class RevisionCache<K, V> {

	private final Supplier<String> revision;

	private final int maxEntries;

	private String seen = "";

	private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
			return size() > RevisionCache.this.maxEntries;
		}
	};

	public RevisionCache(KnowledgeBaseRevision revision, int maxEntries) {
		this(revision::current, maxEntries);
	}

	/**
	 * A cache kept for one value of {@code revision}, a token that changes with what is
	 * kept (for the planners' marks, which are not part of the knowledge base's revision:
	 * {@link KnowledgeBaseRevision#marks()}).
	 */
	public RevisionCache(Supplier<String> revision, int maxEntries) {
		this.revision = revision;
		this.maxEntries = maxEntries;
	}

	/**
	 * The values of these keys: those kept for the current revision, and the others read
	 * by {@code load} (one call for all of them) and kept. A key {@code load} has no
	 * value for is left out and asked for again next time.
	 */
	public Map<K, V> getAll(Collection<K> keys, Function<List<K>, Map<K, V>> load) {
		if (writing()) {
			return load.apply(List.copyOf(keys));
		}
		String current = this.revision.get();
		Map<K, V> found = new HashMap<>();
		List<K> missing = new ArrayList<>();
		synchronized (this) {
			if (!current.equals(this.seen)) {
				this.entries.clear();
				this.seen = current;
			}
			for (K key : keys) {
				V value = this.entries.get(key);
				if (value != null) {
					found.put(key, value);
				}
				else {
					missing.add(key);
				}
			}
		}
		if (!missing.isEmpty()) {
			Map<K, V> loaded = load.apply(missing);
			found.putAll(loaded);
			synchronized (this) {
				if (current.equals(this.seen)) {
					this.entries.putAll(loaded);
				}
			}
		}
		return found;
	}

	/** The value of one key, read by {@code load} when not kept. */
	public V get(K key, Function<K, V> load) {
		return getAll(List.of(key), missing -> Map.of(key, load.apply(key))).get(key);
	}

	/** How many values are kept now. */
	public synchronized int size() {
		return this.entries.size();
	}

	private static boolean writing() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
