package org.apparatus.system;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The moment by which the request running on this thread must be answered, so that the
 * work it starts — an analysis's rule transactions, a scenario's evaluation — stops then
 * instead of running on after the client was told it took too long. Work that runs
 * outside a request (the command line, the workbench's pages, the report queue) has no
 * deadline and keeps its own limits.
 */
public final class RequestDeadline {

	private static final ThreadLocal<Request> REQUEST = new ThreadLocal<>();

	private RequestDeadline() {
	}

	/**
	 * Sets the deadline of the request this thread runs, {@code timeout} from now;
	 * closing the returned scope removes it.
	 */
	public static Scope begin(Duration timeout) {
		Instant now = Instant.now();
		REQUEST.set(new Request(now, now.plus(timeout)));
		return REQUEST::remove;
	}

	/**
	 * Moves the deadline of this thread's request to {@code timeout} after the request
	 * began (a request found to ask for costly work gets longer); does nothing outside a
	 * request.
	 */
	public static void resetTo(Duration timeout) {
		Request request = REQUEST.get();
		if (request != null) {
			REQUEST.set(new Request(request.began(), request.began().plus(timeout)));
		}
	}

	/** The deadline of this thread's request, or null outside a request. */
	public static @Nullable Instant end() {
		Request request = REQUEST.get();
		return request == null ? null : request.end();
	}

	/**
	 * How long work started now may run: {@code longest}, or less when the request must
	 * be answered sooner.
	 * @throws RequestTimedOutException when the request's time is already up
	 */
	public static Duration remaining(Duration longest) {
		Instant end = end();
		if (end == null) {
			return longest;
		}
		Duration left = Duration.between(Instant.now(), end);
		if (left.isNegative() || left.isZero()) {
			throw new RequestTimedOutException();
		}
		return left.compareTo(longest) < 0 ? left : longest;
	}

	/**
	 * {@link #remaining} in whole seconds, at least one, as a transaction's timeout takes
	 * it.
	 */
	public static int remainingSeconds(Duration longest) {
		Duration left = remaining(longest);
		return (int) Math.max(1, (left.toMillis() + 999) / 1000);
	}

	/** Whether this thread runs a request whose time is up. */
	public static boolean passed() {
		Instant end = end();
		return end != null && !Instant.now().isBefore(end);
	}

	private record Request(Instant began, Instant end) {
	}

	/** The deadline's scope on the thread; closing it removes the deadline. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
