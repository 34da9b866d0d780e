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
 * @param analysisCost what one analysis of the knowledge base (every rule on one day with
 * one set of parameters, see {@link CostlyField}) adds to a query's complexity
 * @param analysisTimeout longest a request that runs an analysis or a scenario's
 * evaluation may take; the work it started stops then
 */
@ConfigurationProperties("apparatus.graphql")
record ApiLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("100000") int maxComplexity,
		@DefaultValue("10") int listSize, @DefaultValue("30s") Duration timeout,
		@DefaultValue("20000") int analysisCost, @DefaultValue("2m") Duration analysisTimeout) {
}
