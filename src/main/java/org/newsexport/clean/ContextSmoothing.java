package org.newsexport.clean;

import java.util.List;

/**
 * jusText's second stage: short and near-good lines take their class from their
 * neighbours. A short line between good ones (a sub-heading, a byline, a one-line quote)
 * is good; between bad ones (a menu entry) it is bad; between a good and a bad one it is
 * good only when a near-good line stands next to it on the bad side. A near-good line is
 * bad only between two bad ones. A heading-like line (the headline repeated on the page)
 * followed closely by good text is near-good. Neighbours are looked up past short lines
 * (and past near-good ones where jusText does), and past lines without a letter (a bullet
 * or a list number on a line of its own, which says nothing about the text around it);
 * the start and the end of the page count as bad. Lines decided by their features alone
 * keep their class. Linear in the number of lines: the neighbours are found by one sweep
 * in each direction.
 */
final class ContextSmoothing {

	private ContextSmoothing() {
	}

	/**
	 * @param headings which lines read as headings (the headline repeated), by index in
	 * {@code lines}
	 */
	static void smooth(List<PageLine> lines, boolean[] headings, CleaningSettings settings) {
		int n = lines.size();
		promoteHeadings(lines, headings, true, settings.maxHeadingDistance());
		BlockClass[] classes = new BlockClass[n];
		for (int i = 0; i < n; i++) {
			classes[i] = lines.get(i).blockClass;
		}
		// neighbours skipping SHORT and NEAR_GOOD, and neighbours skipping SHORT only
		BlockClass[] previousIgnoringNearGood = new BlockClass[n];
		BlockClass[] previousIncludingNearGood = new BlockClass[n];
		BlockClass lastNotShortOrNear = BlockClass.BAD;
		BlockClass lastNotShort = BlockClass.BAD;
		for (int i = 0; i < n; i++) {
			previousIgnoringNearGood[i] = lastNotShortOrNear;
			previousIncludingNearGood[i] = lastNotShort;
			if (classes[i] != BlockClass.SHORT && !lines.get(i).isWordless()) {
				lastNotShort = classes[i];
				if (classes[i] != BlockClass.NEAR_GOOD) {
					lastNotShortOrNear = classes[i];
				}
			}
		}
		BlockClass[] nextIgnoringNearGood = new BlockClass[n];
		BlockClass[] nextIncludingNearGood = new BlockClass[n];
		lastNotShortOrNear = BlockClass.BAD;
		lastNotShort = BlockClass.BAD;
		for (int i = n - 1; i >= 0; i--) {
			nextIgnoringNearGood[i] = lastNotShortOrNear;
			nextIncludingNearGood[i] = lastNotShort;
			if (classes[i] != BlockClass.SHORT && !lines.get(i).isWordless()) {
				lastNotShort = classes[i];
				if (classes[i] != BlockClass.NEAR_GOOD) {
					lastNotShortOrNear = classes[i];
				}
			}
		}
		for (int i = 0; i < n; i++) {
			PageLine line = lines.get(i);
			if (classes[i] != BlockClass.SHORT || line.decided) {
				continue;
			}
			BlockClass previous = previousIgnoringNearGood[i];
			BlockClass next = nextIgnoringNearGood[i];
			boolean good;
			if (previous == BlockClass.GOOD && next == BlockClass.GOOD) {
				good = true;
			}
			else if (previous == BlockClass.BAD && next == BlockClass.BAD) {
				good = false;
			}
			else {
				good = previous == BlockClass.BAD && previousIncludingNearGood[i] == BlockClass.NEAR_GOOD
						|| next == BlockClass.BAD && nextIncludingNearGood[i] == BlockClass.NEAR_GOOD;
			}
			line.blockClass = good ? BlockClass.GOOD : BlockClass.BAD;
		}
		// near-good lines: bad only between bad ones (short lines are now decided, so
		// they count as neighbours)
		BlockClass[] previousDecided = new BlockClass[n];
		BlockClass last = BlockClass.BAD;
		for (int i = 0; i < n; i++) {
			previousDecided[i] = last;
			BlockClass current = lines.get(i).blockClass;
			if (current != BlockClass.NEAR_GOOD && current != BlockClass.SHORT && !lines.get(i).isWordless()) {
				last = current;
			}
		}
		last = BlockClass.BAD;
		for (int i = n - 1; i >= 0; i--) {
			PageLine line = lines.get(i);
			BlockClass current = line.blockClass;
			if (current == BlockClass.NEAR_GOOD && !line.decided) {
				line.blockClass = previousDecided[i] == BlockClass.BAD && last == BlockClass.BAD ? BlockClass.BAD
						: BlockClass.GOOD;
			}
			else if (current != BlockClass.NEAR_GOOD && current != BlockClass.SHORT && !line.isWordless()) {
				last = current;
			}
		}
		promoteHeadings(lines, headings, false, settings.maxHeadingDistance());
	}

	/**
	 * jusText's heading rules: before the context rules a short heading with good text
	 * close below becomes near-good; after them, a heading found bad by its context (not
	 * by its features) becomes good on the same condition.
	 */
	private static void promoteHeadings(List<PageLine> lines, boolean[] headings, boolean beforeContext,
			int maxHeadingDistance) {
		for (int i = 0; i < lines.size(); i++) {
			PageLine line = lines.get(i);
			if (!headings[i] || line.decided) {
				continue;
			}
			boolean applies = beforeContext ? line.blockClass == BlockClass.SHORT
					: line.blockClass == BlockClass.BAD && line.initialClass != BlockClass.BAD;
			if (applies && goodTextFollows(lines, i, maxHeadingDistance)) {
				line.blockClass = beforeContext ? BlockClass.NEAR_GOOD : BlockClass.GOOD;
			}
		}
	}

	/** Good text follows the heading within {@code maxDistance} characters. */
	private static boolean goodTextFollows(List<PageLine> lines, int heading, int maxDistance) {
		int distance = 0;
		for (int j = heading + 1; j < lines.size() && distance <= maxDistance; j++) {
			if (lines.get(j).blockClass == BlockClass.GOOD) {
				return true;
			}
			distance += lines.get(j).text().length();
		}
		return false;
	}

	/**
	 * For each line, whether the nearest line above or below it that is not a short line
	 * found bad (nor a line repeated across the run) is good; the headline does not
	 * count. Inside the article, such a short line is its sub-heading, byline or
	 * dateline. One sweep in each direction.
	 */
	static boolean[] besideGoodLine(List<PageLine> lines, int headlineIndex) {
		return neighbours(lines, headlineIndex, false);
	}

	/**
	 * Like {@link #besideGoodLine}, with good lines on both sides: the line stands
	 * between two paragraphs.
	 */
	static boolean[] betweenGoodLines(List<PageLine> lines, int headlineIndex) {
		return neighbours(lines, headlineIndex, true);
	}

	private static boolean[] neighbours(List<PageLine> lines, int headlineIndex, boolean both) {
		int n = lines.size();
		boolean[] beside = new boolean[n];
		boolean previousGood = false;
		for (int i = 0; i < n; i++) {
			beside[i] = previousGood;
			PageLine line = lines.get(i);
			if (!isShortAndBad(line)) {
				previousGood = line.isGood() && i != headlineIndex;
			}
		}
		boolean nextGood = false;
		for (int i = n - 1; i >= 0; i--) {
			beside[i] = both ? beside[i] && nextGood : beside[i] || nextGood;
			PageLine line = lines.get(i);
			if (!isShortAndBad(line)) {
				nextGood = line.isGood() && i != headlineIndex;
			}
		}
		return beside;
	}

	private static boolean isShortAndBad(PageLine line) {
		return (line.initialClass == BlockClass.SHORT || line.reason == Feature.RUN_REPEATED_LINE || line.isWordless())
				&& !line.isGood();
	}

}
