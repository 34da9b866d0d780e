/**
 * The restructuring report: the analysis (and a scenario's evaluation) assembled in the
 * order a planner argues — scope, summary, findings with their legal basis, merger
 * candidates, units, scenario, justified findings, agency profiles — and rendered in
 * Vietnamese or English.
 */
@ApplicationModule(allowedDependencies = { "analysis", "api", "registry", "scenario", "system" })
@NullMarked
package org.apparatus.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
