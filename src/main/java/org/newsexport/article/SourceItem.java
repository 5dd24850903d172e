package org.newsexport.article;

/**
 * What the reader hands on for one input file: its decoded text, a {@link Reject} when it
 * could not be read, or {@link Unchanged} when an incremental export skips it.
 */
public sealed interface SourceItem permits SourceText, Reject, Unchanged {

	String sourcePath();

}
