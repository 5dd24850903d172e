package org.newsexport.article;

/**
 * What the job writes for one input file: an {@link Article} or a {@link Reject}, never
 * both; in an incremental export, {@link Unchanged} for a file it skips.
 */
public sealed interface ExportRecord permits Article, Reject, Unchanged {

	/** Path of the input file, relative to the input root, with '/' separators. */
	String sourcePath();

}
