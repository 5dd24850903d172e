package org.newsexport.article;

import java.util.Objects;

/**
 * A line the cleaner removed, and the rule that removed it.
 *
 * @param lineNumber 1-based line number in the source file
 * @param rule the name of the rule (from the rules file, or a built-in rule)
 * @param text the line as the rules saw it: white space normalised, trimmed
 */
public record RemovedLine(int lineNumber, String rule, String text) {

	public RemovedLine {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(text, "text");
	}

}
