/**
 * Synthetic data sets of any size, clean by construction and with a known set of planted
 * problems, for tests and benchmarks.
 */
@ApplicationModule(allowedDependencies = { "dataset", "registry", "system" })
@NullMarked
package org.apparatus.generator;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
