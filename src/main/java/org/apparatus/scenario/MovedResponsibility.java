package org.apparatus.scenario;

import org.jspecify.annotations.Nullable;

/**
 * A responsibility a scenario moves: from an agency to another, or to nobody (a
 * dissolution without successor, an abolished body with none above or below).
 *
 * @param change the index of the change that moves it
 */
public record MovedResponsibility(int change, String function, String role, String from, @Nullable String to) {
}
