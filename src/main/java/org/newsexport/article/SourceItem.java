package org.newsexport.article;

/** What the reader hands on for one input file: its decoded text, or a {@link Reject} when it could not be read. */
public sealed interface SourceItem permits SourceText, Reject {

	String sourcePath();

}
