package org.newsexport.clean;

import java.time.Duration;

/**
 * Cleaning one text ran past its {@link Deadline}, and was abandoned. Without a stack
 * trace: it is an expected outcome (the file becomes a reject), thrown from deep inside a
 * regular expression's backtracking.
 */
public final class CleanTimeoutException extends RuntimeException {

	private final transient Duration limit;

	public CleanTimeoutException(Duration limit) {
		super("cleaning took longer than " + limit, null, false, false);
		this.limit = limit;
	}

	/** The time the text was given. */
	public Duration limit() {
		return limit;
	}

}
