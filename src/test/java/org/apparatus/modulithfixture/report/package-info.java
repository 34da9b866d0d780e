/**
 * The upper module of the fixture, allowed to use {@code store}.
 */
@ApplicationModule(allowedDependencies = "store")
@NullMarked
package org.apparatus.modulithfixture.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
