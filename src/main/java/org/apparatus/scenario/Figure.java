package org.apparatus.scenario;

/**
 * Active agencies and their staff quota in one group: a sector, a level or a kind.
 *
 * @param dimension {@code sector}, {@code level} or {@code kind}
 */
public record Figure(String dimension, String key, long agencies, long staff) {
}
