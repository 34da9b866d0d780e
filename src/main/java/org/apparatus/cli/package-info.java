/**
 * The command line: one class per command, each a thin adapter over the services the GraphQL API
 * uses.
 */
@NullMarked
package org.apparatus.cli;

import org.jspecify.annotations.NullMarked;
