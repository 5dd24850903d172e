package org.newsexport.clean;

/**
 * The reasons, besides the rules of the rules file, for which the cleaner removes a line,
 * with the names recorded in {@code removed_lines.rule}. The names are stable: scripts
 * may select on them.
 */
public enum Feature {

	/**
	 * A run of short items between separators: "Home | News | Sport", "Print · Email ·
	 * Share".
	 */
	LINK_LIST("feature:link-list"),
	/**
	 * A short link decorated with an arrow or guillemet: "Read more »", "‹ Previous",
	 * "More ›".
	 */
	LINK_MARKER("feature:link-marker"),
	/**
	 * One of four or more short capitalised lines in a row with no blank line between: a
	 * menu.
	 */
	MENU_RUN("feature:menu-run"),
	/** Mostly digits and symbols: scores, prices, counters, dates and times. */
	SYMBOLS("feature:symbols"),
	/**
	 * Long enough to judge, with too few stop words for running text: lists of names,
	 * teasers, keywords.
	 */
	LOW_STOPWORD_DENSITY("feature:low-stopword-density"),
	/**
	 * Too short to judge alone, and its neighbours are boilerplate (jusText's context
	 * rule).
	 */
	SHORT("feature:short"),
	/**
	 * A line that would pass on its own, but all around it is boilerplate: a blurb or a
	 * teaser in a side bar.
	 */
	ISOLATED("feature:isolated"),
	/**
	 * A short line above the article's start or below its end: bylines and labels of
	 * other parts of the page.
	 */
	SHORT_OUTSIDE_CORE("feature:short-outside-core"),
	/**
	 * Running text above the article's start or below its end: teasers, blurbs, reader
	 * comments.
	 */
	OUTSIDE_CORE("feature:outside-core"),
	/**
	 * The line recurs in many files of the run (see {@link LineStatistics}) and is not a
	 * sentence.
	 */
	RUN_REPEATED_LINE("run-repeated-line"),
	/**
	 * One of a run of headline-like lines below the article, with its snippets and label:
	 * links to other articles.
	 */
	TEASER_RUN("feature:teaser-run"),
	/**
	 * A caption or credit between the counters of a photo gallery ("1/50", "2/50", ...).
	 */
	GALLERY("feature:gallery"),
	/**
	 * A short line repeating the headline after the article has started: an image caption
	 * or a link.
	 */
	TITLE_REPEAT("title-repeat");

	private final String ruleName;

	Feature(String ruleName) {
		this.ruleName = ruleName;
	}

	/** The name recorded in {@code removed_lines.rule}. */
	public String ruleName() {
		return ruleName;
	}

}
