/**
 * Cross-cutting set-up: the embedded Neo4j (or the switch to an external one), schema
 * migrations and the start-up failures a user can act on.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.apparatus.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
