package org.newsexport.read;

import java.util.Locale;

/**
 * How an input file stands against the export an incremental export is based on; the code
 * is {@code files.change}.
 */
public enum FileChange {

	/** The path is not in the base export. */
	NEW,
	/**
	 * The path is in the base export with other content, or without a content hash to
	 * compare.
	 */
	CHANGED,
	/** The path is in the base export with the same content hash. */
	UNCHANGED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
