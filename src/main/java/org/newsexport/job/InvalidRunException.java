package org.newsexport.job;

/**
 * The run cannot start as asked: a missing input directory, an output path that is a
 * file, a bad setting.
 */
public class InvalidRunException extends RuntimeException {

	public InvalidRunException(String message) {
		super(message);
	}

	public InvalidRunException(String message, Throwable cause) {
		super(message, cause);
	}

}
