/**
 * The command line: one class per command, each a thin adapter over the services the
 * GraphQL API uses.
 */
@ApplicationModule(allowedDependencies = { "analysis", "audit", "benchmark", "dataset", "generator", "report",
		"scenario", "system" })
@NullMarked
package org.apparatus.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
