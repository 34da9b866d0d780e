/**
 * Benchmarks: import throughput, every rule on a national-scale store with
 * MERGER_CANDIDATE checked against a brute-force comparison, GraphQL latency under
 * concurrent clients, and the report. Each runs only when its {@code benchmark} command
 * does, on an application it starts for itself; none of its classes is a bean of the
 * application.
 */
@ApplicationModule(
		allowedDependencies = { "analysis", "audit", "dataset", "generator", "report", "scenario", "system" })
@NullMarked
package org.apparatus.benchmark;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
