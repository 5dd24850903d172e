package org.newsexport.job;

/**
 * The job repository cannot be used safely, or opened: its folder is open to other users,
 * its password is lost.
 */
public class JobRepositoryAccessException extends RuntimeException {

	public JobRepositoryAccessException(String message) {
		super(message);
	}

}
