/**
 * Data sets: the CSV folders planners edit in a spreadsheet, validated row by row and
 * imported all-or-nothing, and the export that writes the store back in the same format.
 */
@ApplicationModule(allowedDependencies = { "audit", "registry", "system" })
@NullMarked
package org.apparatus.dataset;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
