package org.newsexport.clean;

/**
 * One source line with its white space normalised.
 *
 * @param number 1-based line number in the source file
 * @param text white space normalised and trimmed, as recorded and kept
 * @param matchText {@code text} without leading bullets, as the rules see it
 */
public record NormalizedLine(int number, String text, String matchText) {

	public boolean isBlank() {
		return text.isEmpty();
	}

}
