/**
 * A two-module application for {@code ModularityFailureTests}: its {@code store} module
 * uses the {@code report} module although it declares no dependencies, so verifying it
 * must fail.
 */
@NullMarked
package org.apparatus.modulithfixture;

import org.jspecify.annotations.NullMarked;
