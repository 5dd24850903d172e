package org.newsexport.clean;

import java.util.List;

/**
 * Finds menus: four or more short lines in a row, with no blank line between them, made
 * mostly of capitalised words and none ending like a sentence ("Home", "World", "Real
 * Estate", "Contact Us"). Scraped text keeps a menu's entries on lines of their own in
 * one block, where an article's paragraphs are separated by blank lines or are long. A
 * list in an article (ingredients, bullet points) is lower case or ends its items with
 * punctuation. Three such lines are as often the article's byline block ("By Ali Abbas",
 * "Baghdad Correspondent", "3 January 2022") or a short list of its own as a menu, so a
 * menu has four.
 */
final class MenuRuns {

	private MenuRuns() {
	}

	/**
	 * @param headlineIndex the headline, which is never part of a menu
	 */
	static void mark(List<PageLine> lines, int headlineIndex, CleaningSettings settings) {
		int start = 0;
		while (start < lines.size()) {
			int end = start;
			while (end < lines.size() && end != headlineIndex && isMenuEntry(lines.get(end), settings)
					&& (end == start || !lines.get(end).opensBlock)) {
				end++;
			}
			if (end - start >= settings.minMenuLines()
					&& capitalisedShare(lines, start, end) >= settings.minMenuCapitalisedShare()) {
				for (int i = start; i < end; i++) {
					PageLine line = lines.get(i);
					if (line.rule == null) {
						line.classify(BlockClass.BAD, Feature.MENU_RUN, true);
					}
				}
			}
			start = Math.max(end, start + 1);
		}
	}

	private static boolean isMenuEntry(PageLine line, CleaningSettings settings) {
		return line.features.words() <= settings.maxMenuEntryWords() && !line.features.terminalPunctuation();
	}

	private static double capitalisedShare(List<PageLine> lines, int start, int end) {
		int words = 0;
		int capitalised = 0;
		for (int i = start; i < end; i++) {
			LineFeatures features = lines.get(i).features;
			words += features.words();
			capitalised += features.capitalisedWords();
		}
		return words == 0 ? 1 : (double) capitalised / words;
	}

}
