package org.newsexport.article;

/**
 * Why an input file did not become an article; the lower-case name is the value of
 * {@code rejects.reason}.
 */
public enum RejectReason {

	/** The file could not be read (permissions, I/O error, deleted after listing). */
	UNREADABLE,
	/** The bytes are not text: NUL bytes or other control characters. */
	NOT_TEXT,
	/** The file is larger than {@code export.max-file-size}. */
	TOO_LARGE,
	/** The file is empty or holds only white space. */
	EMPTY,
	/** Every line was boilerplate: nothing was left after cleaning. */
	NO_CONTENT,
	/** A symbolic link: the job does not follow links out of the input root. */
	SYMLINK,
	/**
	 * The cleaner failed on this file (a bug to report, with the file); the run goes on.
	 */
	CLEANING_FAILED,
	/**
	 * Cleaning and extracting the file took longer than {@code export.max-clean-time}; it
	 * was abandoned.
	 */
	CLEAN_TIMEOUT;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
