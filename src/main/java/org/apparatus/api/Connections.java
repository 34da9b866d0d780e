package org.apparatus.api;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.pagination.CursorEncoder;

/**
 * The one way the API pages a list in the Relay connection shape: page sizes checked,
 * cursors made and read (a list's name and an item's key, through Spring for GraphQL's
 * {@link CursorEncoder}), edges and page info built. Spring for GraphQL's
 * {@code Window}/{@code ScrollSubrange} adaptation would build the connection type
 * itself, but ours carry totals over all pages ({@code totalCount}, {@code byRule}) that
 * its generated type has no place for.
 */
public final class Connections {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	private static final CursorEncoder ENCODER = CursorEncoder.base64();

	private Connections() {
	}

	/**
	 * A page asked for with {@code first}/{@code after} or {@code last}/{@code before}:
	 * sizes and cursors checked, cursors read back into the keys of {@code list}'s items.
	 * Refuses, naming the argument, both first and last, a size out of range and a cursor
	 * of another list.
	 */
	public static Request request(String list, @Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		if (first != null && last != null) {
			throw new InvalidArgumentException("last", "give either first or last, not both");
		}
		boolean backwards = last != null;
		return new Request(pageSize(backwards ? "last" : "first", backwards ? last : first), backwards,
				key(list, "after", after), key(list, "before", before));
	}

	/**
	 * The edges of a page of items in the order shown, each item's cursor made from its
	 * key.
	 */
	public static <T> List<Edge<T>> edges(String list, List<T> items, Function<T, String> key) {
		return items.stream().map(item -> new Edge<>(cursor(list, key.apply(item)), item)).toList();
	}

	public static PageInfo pageInfo(List<? extends Edge<?>> edges, boolean hasNextPage, boolean hasPreviousPage) {
		return new PageInfo(hasNextPage, hasPreviousPage, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
	}

	static String cursor(String list, String key) {
		return ENCODER.encode(list + ":" + key);
	}

	/**
	 * A page size argument checked: the default if absent, refused (naming the argument)
	 * out of 1..100.
	 */
	public static int pageSize(String argument, @Nullable Integer size) {
		if (size == null) {
			return DEFAULT_PAGE_SIZE;
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidArgumentException(argument, "must be between 1 and " + MAX_PAGE_SIZE + ", not " + size);
		}
		return size;
	}

	private static @Nullable String key(String list, String argument, @Nullable String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			String decoded = ENCODER.decode(cursor);
			if (decoded.startsWith(list + ":")) {
				return decoded.substring(list.length() + 1);
			}
		}
		catch (IllegalArgumentException ex) {
			// not Base64: reported below like any other foreign cursor
		}
		throw new InvalidArgumentException(argument, "\"" + cursor + "\" is not a cursor of this list");
	}

	/**
	 * A checked page request: at most {@code size} items after the item keyed
	 * {@code after} (or, going {@code backwards}, before the item keyed {@code before}).
	 */
	public record Request(int size, boolean backwards, @Nullable String after, @Nullable String before) {
	}

}
