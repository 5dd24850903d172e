package org.newsexport.job;

/**
 * An execution failed in a way that running it again cannot mend (its message says what
 * to do instead, e.g. abandon it), so that the command line does not advise to run the
 * same command again.
 */
public class CannotResumeException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public CannotResumeException(String message) {
		super(message);
	}

}
