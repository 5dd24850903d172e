package org.newsexport.article;

/** What the job writes for one input file: an {@link Article} or a {@link Reject}, never both. */
public sealed interface ExportRecord permits Article, Reject {

	/** Path of the input file, relative to the input root, with '/' separators. */
	String sourcePath();

}
