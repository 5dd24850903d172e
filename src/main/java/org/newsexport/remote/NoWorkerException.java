package org.newsexport.remote;

/**
 * No worker took any partition from the queue within the worker timeout. Its message is
 * the whole story.
 */
public class NoWorkerException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NoWorkerException(String message) {
		super(message);
	}

}
