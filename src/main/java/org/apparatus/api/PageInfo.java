package org.apparatus.api;

import org.jspecify.annotations.Nullable;

/** Where a Relay connection page is in the whole list ({@link Connections}). */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
		@Nullable String endCursor) {
}
