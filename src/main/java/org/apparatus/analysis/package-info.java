/**
 * Responsibility analysis: the rules of {@code cypher/rules/} run against the knowledge
 * base, their rows turned into findings with stable ids and explanations in Vietnamese
 * and English, and the planners' marks (justified, acknowledged) kept on top of them.
 */
@ApplicationModule(allowedDependencies = { "api", "audit", "registry", "system" })
@NullMarked
package org.apparatus.analysis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
