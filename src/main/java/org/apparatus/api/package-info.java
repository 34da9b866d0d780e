/**
 * What the GraphQL API shares across modules: scalars and the mapping of domain
 * exceptions to GraphQL errors. Each module's queries live in its own controllers and
 * {@code .graphqls} file.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.apparatus.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
