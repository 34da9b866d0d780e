/**
 * The command line: one class per command, each a thin adapter over the services the
 * GraphQL API uses (and, like it, turning their invalid-argument errors into the user's
 * words: a usage error naming the option).
 */
@ApplicationModule(allowedDependencies = { "analysis", "api", "audit", "benchmark", "dataset", "generator", "report",
		"scenario", "system" })
@NullMarked
package org.apparatus.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
