/**
 * What the GraphQL API shares across modules: scalars and the mapping of domain
 * exceptions to GraphQL errors, and the HTTP front of the server (security, GraphQL over
 * HTTP, the gate that serves nothing while an initial load runs, which reads the
 * knowledge base's revision from {@code system}). Each module's queries live in its own
 * controllers and {@code .graphqls} file.
 */
@ApplicationModule(allowedDependencies = { "system" })
@NullMarked
package org.apparatus.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
