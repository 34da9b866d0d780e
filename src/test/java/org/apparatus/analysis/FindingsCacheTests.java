package org.apparatus.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis cache stays bounded however many days are asked for: the least recently
 * asked for are dropped first, and nothing is kept longer than its age.
 */
class FindingsCacheTests {

	static final LocalDate DAY = LocalDate.of(2025, 2, 28);

	MutableClock clock = new MutableClock();

	FindingsCache cache = new FindingsCache(32, Duration.ofHours(1), this.clock);

	@Test
	void thousandsOfDaysKeepAtMostTheBound() {
		for (int i = 0; i < 3500; i++) {
			this.cache.of(day(i), "r1").put("DUPLICATE", CompletableFuture.completedFuture(List.of()));
		}
		assertThat(this.cache.size()).isEqualTo(32);
		assertThat(this.cache.holds(day(3499))).isTrue();
		assertThat(this.cache.holds(day(0))).isFalse();
	}

	@Test
	void theLeastRecentlyAskedForGoesFirst() {
		for (int i = 0; i < 32; i++) {
			this.cache.of(day(i), "r1");
		}
		this.cache.of(day(0), "r1");
		this.cache.of(day(32), "r1");
		assertThat(this.cache.holds(day(0))).isTrue();
		assertThat(this.cache.holds(day(1))).isFalse();
	}

	@Test
	void findingsOlderThanTheAgeAreComputedAgain() {
		this.cache.of(day(0), "r1").put("GAP", CompletableFuture.completedFuture(List.of()));
		this.clock.now = this.clock.now.plus(Duration.ofMinutes(59));
		assertThat(this.cache.of(day(0), "r1")).containsKey("GAP");
		this.clock.now = this.clock.now.plus(Duration.ofMinutes(2));
		assertThat(this.cache.of(day(0), "r1")).isEmpty();
	}

	@Test
	void anotherRevisionDropsEverything() {
		this.cache.of(day(0), "r1").put("GAP", CompletableFuture.completedFuture(List.of()));
		assertThat(this.cache.of(day(0), "r2")).isEmpty();
		assertThat(this.cache.size()).isEqualTo(1);
	}

	private static RuleParameters day(int i) {
		return new RuleParameters(DAY.plusDays(i), 0.4, List.of());
	}

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-12-04T12:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
