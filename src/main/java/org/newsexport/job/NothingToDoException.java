package org.newsexport.job;

/**
 * The operation has nothing to act on: no failed execution to restart, an execution that
 * is not running.
 */
public class NothingToDoException extends RuntimeException {

	public NothingToDoException(String message) {
		super(message);
	}

}
