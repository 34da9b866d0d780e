package org.apparatus.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a write changed, as its writer describes it to the audit log.
 *
 * @param kind the kind of write
 * @param description one line saying what was done, e.g.
 * {@code agency BL_X created in BL}
 * @param codes the codes the write touched, each once, the main one first (the agency
 * created, the finding marked, the scenario saved)
 * @param counts figures of the write in the map's order (a {@code LinkedHashMap}, or
 * {@link #withCount} one by one), e.g. rows imported per file
 */
public record AuditEntry(AuditKind kind, String description, List<String> codes, Map<String, Long> counts) {

	public AuditEntry {
		codes = List.copyOf(new LinkedHashSet<>(codes));
		counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
	}

	/**
	 * A write without figures; null codes (an optional argument left out) are dropped.
	 */
	public static AuditEntry of(AuditKind kind, String description, @Nullable String... codes) {
		return new AuditEntry(kind, description, java.util.Arrays.stream(codes).filter(Objects::nonNull).toList(),
				Map.of());
	}

	/** This entry with more codes touched. */
	public AuditEntry withCodes(Collection<String> more) {
		List<String> all = new java.util.ArrayList<>(this.codes);
		all.addAll(more);
		return new AuditEntry(this.kind, this.description, all, this.counts);
	}

	/** This entry with a figure added after the others. */
	public AuditEntry withCount(String key, long count) {
		Map<String, Long> all = new LinkedHashMap<>(this.counts);
		all.put(key, count);
		return new AuditEntry(this.kind, this.description, this.codes, all);
	}

}
