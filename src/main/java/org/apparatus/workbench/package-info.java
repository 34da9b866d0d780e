/**
 * The planners' workbench: server-rendered pages in Vietnamese (English on request) over
 * the registry, the analysis and the planners' marks, behind a sign-in form, for planners
 * who do not write GraphQL.
 */
@ApplicationModule(
		allowedDependencies = { "analysis", "api", "audit", "dataset", "registry", "report", "scenario", "system" })
@NullMarked
package org.apparatus.workbench;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
