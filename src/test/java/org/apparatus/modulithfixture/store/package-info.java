/**
 * The lower module of the fixture: it declares no dependencies, yet {@link Store} uses
 * {@code report}.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.apparatus.modulithfixture.store;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
