/**
 * Restructuring scenarios: named, ordered lists of changes (merge, transfer, dissolve,
 * abolish a level, merge units), read from and written to YAML, validated against the
 * knowledge base, evaluated in a transaction that is rolled back (so readers keep seeing
 * the baseline), and applied for real with W3C ORG-style change events.
 */
@ApplicationModule(allowedDependencies = { "analysis", "api", "audit", "registry", "system" })
@NullMarked
package org.apparatus.scenario;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
