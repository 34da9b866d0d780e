/**
 * Who changed what: every write to the knowledge base (an import, an edit, a planner's
 * mark, a scenario saved or applied) appends an audit record — who, when, what, why — in
 * the transaction of the write itself, and editors read the log back over GraphQL and the
 * command line. No API edits or deletes a record.
 */
@ApplicationModule(allowedDependencies = { "api", "system" })
@NullMarked
package org.apparatus.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
