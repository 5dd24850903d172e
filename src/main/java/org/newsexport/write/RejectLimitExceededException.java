package org.newsexport.write;

/**
 * More input files were rejected than {@code export.reject-limit} allows: the run fails
 * before sealing them.
 */
public class RejectLimitExceededException extends RuntimeException {

	public RejectLimitExceededException(String message) {
		super(message);
	}

}
