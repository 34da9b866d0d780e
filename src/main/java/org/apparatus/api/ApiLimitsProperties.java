package org.apparatus.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that keep one GraphQL request from taking the server down (docs/api.md,
 * "Limits").
 *
 * @param maxDepth deepest nesting of fields a query may have
 * @param maxComplexity largest complexity a query may have: every field counts 1, and
 * what is below a list counts once per item it may hold (its {@code first} or
 * {@code last} argument, else {@code listSize})
 * @param listSize items assumed for a list without a {@code first} argument
 * @param timeout longest a request may take; the database transactions of a request are
 * bounded by {@code spring.transaction.default-timeout}, set to the same value
 */
@ConfigurationProperties("apparatus.graphql")
record ApiLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("100000") int maxComplexity,
		@DefaultValue("10") int listSize, @DefaultValue("30s") Duration timeout) {
}
