/**
 * Synthetic data sets of any size, clean by construction and with a known set of planted
 * problems, for tests and benchmarks.
 */
@NullMarked
package org.apparatus.generator;

import org.jspecify.annotations.NullMarked;
