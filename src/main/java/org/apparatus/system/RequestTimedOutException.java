package org.apparatus.system;

/**
 * The request ran out of its time ({@link RequestDeadline}) and the work it started was
 * stopped.
 */
public class RequestTimedOutException extends RuntimeException {

	public RequestTimedOutException() {
		super("the request took longer than it may and was stopped: ask for less (fewer days, a smaller unit), "
				+ "or use the command line, which has no request time limit");
	}

}
