package org.newsexport.clean;

/**
 * A line the cleaner kept: one paragraph of the article.
 *
 * @param lineNumber 1-based line number in the source file
 * @param text white space normalised and trimmed
 */
public record KeptLine(int lineNumber, String text) {
}
