package org.apparatus.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The day a registry query answers for when it is not given one: today (domain.md §8).
 */
final class Today {

	private Today() {
	}

	static LocalDate or(@Nullable LocalDate asOf) {
		return asOf != null ? asOf : LocalDate.now();
	}

}
