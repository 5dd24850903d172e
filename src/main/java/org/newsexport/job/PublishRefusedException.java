package org.newsexport.job;

/**
 * The publish step would have replaced a published export with one that looks like an
 * input gone wrong (see {@link PublishGuard}). The execution fails before the output is
 * touched; it resumes (and publishes, with {@code --force}) like any failed execution, or
 * is abandoned.
 */
public class PublishRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PublishRefusedException(String message) {
		super(message);
	}

}
