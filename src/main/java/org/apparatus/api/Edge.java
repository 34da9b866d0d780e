package org.apparatus.api;

/**
 * An item of a Relay connection page with the cursor to continue from it
 * ({@link Connections}).
 */
public record Edge<T>(String cursor, T node) {
}
