/**
 * The knowledge base itself: agencies, admin units, the function tree, mandates and the
 * responsibilities and reporting lines between them, with the GraphQL queries that read
 * it.
 */
@ApplicationModule(allowedDependencies = { "api", "audit", "system" })
@NullMarked
package org.apparatus.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
