package org.newsexport.clean;

import java.util.List;

import org.newsexport.article.RemovedLine;

/**
 * What is left of a scraped page once the boilerplate is gone.
 *
 * @param headline the first kept line when it reads as a headline, else {@code null}; it
 * is in neither list
 * @param keptLines the body lines, one paragraph each, in source order
 * @param removedLines every non-blank line the cleaner removed, with the rule that
 * decided it, in source order
 * @param language ISO 639-1 code of the page's language as its stop words tell, or
 * {@code null} when unsure
 */
public record CleanedText(KeptLine headline, List<KeptLine> keptLines, List<RemovedLine> removedLines,
		String language) {

	public CleanedText {
		keptLines = List.copyOf(keptLines);
		removedLines = List.copyOf(removedLines);
	}

	/**
	 * Removed lines above the first body line: where pages put breadcrumbs and page
	 * dates.
	 */
	public List<RemovedLine> removedBeforeBody() {
		int firstBodyLine = keptLines.isEmpty() ? Integer.MAX_VALUE : keptLines.get(0).lineNumber();
		return removedLines.stream().filter(line -> line.lineNumber() < firstBodyLine).toList();
	}

}
