package org.newsexport.clean;

/**
 * The thresholds of the cleaner in one place, with the value each has by default
 * ({@link #DEFAULTS}), as jusText keeps its in one list of defaults: what a line must be
 * to count as a paragraph, a menu, a teaser or a gallery's caption, and how the article's
 * core is weighed. The {@link Cleaner} hands them to the stages that use them. The values
 * were tuned on half A of the dev set (see docs/cleaning.md), whose table of them is made
 * from this record by {@code CleaningSettingsDocTest}: change a value or its line here,
 * then run that test with {@code -Ddocs.update=true}.
 * <p>
 * Technical constants are not settings and stay with their classes: the deadline's check
 * interval ({@link Deadline}), the sizes and hash constants of {@link LineStatistics} and
 * {@link LineFingerprint}, the rule-file check's repeat bound ({@link BacktrackingCheck})
 * and the prefilter's table size ({@link RulePrefilter}). So do the language detector's
 * (package {@code language}).
 *
 * @param shortLineLength a line shorter than this, in characters (Chinese, Japanese and
 * Korean ones counting twice), is short: its neighbours decide (jusText has 70)
 * @param paragraphLength a line longer than this, in characters, with enough stop words
 * is a paragraph on its own (jusText has 200; the shipped stop-word lists are shorter
 * than its, so a line of 150 is already one)
 * @param goodStopWordDensity with this share of stop words among its words a line is
 * running text: good when long, else near-good (jusText has 0.32 with its longer lists)
 * @param nearGoodStopWordDensity with this share of stop words a line is near-good: its
 * neighbours decide (jusText has 0.30)
 * @param lowStopWordDensity with this share of stop words a line is still near-good, but
 * marked {@code feature:low-stopword-density} (references, lists of names); below it, it
 * is boilerplate
 * @param minLinkListItems a link list ("Home | News | Sport") has at least this many
 * items between separators ...
 * @param maxLinkListItemWords ... of at most this many words each (a sentence with a "|"
 * in it is no menu)
 * @param maxLinkMarkerWords a link with an arrow or guillemet ("Read more »") has at most
 * this many words
 * @param maxDigitShare a line with a larger share of digits among its letters and digits
 * is symbols (scores, prices)
 * @param maxSymbolShare a line with a larger share of characters that are neither
 * letters, digits nor spaces is symbols
 * @param minWordsOfUnlistedSentence in a language without a stop-word list, a line of
 * this many words (or of {@code
 * shortLineLength} characters) that ends like a sentence is running text
 * @param maxHeadlineWords a first line of more words is running text, not the headline
 * @param minTitleSimilarity a line repeats the headline when the Jaccard similarity of
 * their word sets is this high (the headline's repeat with a word changed, "Iraqis to
 * hold rally" for "Iraqis hold rally")
 * @param minRepeatingFiles a line in this many files of the run is the site's furniture,
 * unless it is a sentence (two files are often two reports of one event)
 * @param minSharedSentenceWords a line that recurs across the run is a shared sentence,
 * kept, when it has this many words, ends like one and holds stop words
 * @param minThreadLines a thread rule (a comment's signature) ends the article on a page
 * where it matches this many lines; one is the author's name under the headline
 * @param maxHeadingDistance a heading (the headline's repeat) is good when good text
 * follows within this many characters (jusText has 200)
 * @param minMenuLines a menu has at least this many short lines in a row without a blank
 * line (three are as often a byline block as a menu)
 * @param maxMenuEntryWords a menu's entry has at most this many words
 * @param minMenuCapitalisedShare of a menu's words, at least this share is capitalised
 * @param badLinePenalty what a line that is not good costs in the weighing of the
 * article's core, in characters of good text
 * @param minCoreWeight a page whose densest stretch weighs less, in characters, has no
 * core (a brief, a list)
 * @param minWeightAboveEnd text above an end rule is the article when its core weighs
 * this much, in characters ...
 * @param minShareAboveEnd ... or this share of the page's densest stretch ...
 * @param minWeightBelowHeadline ... or this much, in characters, below a repeat of the
 * headline; also what the text under a header cluster must hold to be the article
 * @param minWordsOfRunningText a line of this many words is running text even without a
 * sentence's end (where the core is sought and where an end rule can end the text)
 * @param minSecondaryWeight another dense stretch above the end (an article cut in two by
 * a gallery) is kept when it weighs this much, in characters
 * @param minShareBelowHeadline a page without a core has one below a repeat of the
 * headline when that holds this share of its running text
 * @param headerClusterLines how many lines below a repeat of the headline a byline or a
 * date makes them a header cluster, and an end rule's line there only drops itself ("4
 * Comments" beside the byline)
 * @param maxHeaderWords a byline or a date line of the header cluster has at most this
 * many words
 * @param minItemLinks an end rule's line whose text, digits aside, is on this many lines
 * of the page is a link under each item ("Comments (0)" under each post), and only drops
 * itself
 * @param maxHeadingLines inside the core, at most this many short lines just above its
 * first line are the article's heading and byline ...
 * @param minHeadingWords ... each of at least this many words ("Our network" is a link)
 * @param minTeaserHeadlines a teaser run (a list of other articles below the article) has
 * at least this many headline-like lines ...
 * @param minKeptTeaserHeadlines ... of which at least this many are still kept when the
 * run is looked for
 * @param minTeaserWords a teaser's headline has at least this many words ...
 * @param maxTeaserWords ... and at most this many ...
 * @param minTeaserCapitalisedShare ... of which this share is capitalised (title case, or
 * sentence case with names)
 * @param maxTeaserFillerLines between two teaser headlines, at most this many lines (a
 * snippet, a date, an author) ...
 * @param maxTeaserFillerChars ... of at most this many characters each
 * @param maxTeaserLabelWords the label above a teaser run ("Most popular") has at most
 * this many words
 * @param minParagraphWords a sentence of this many words below a list is a paragraph of
 * the article: the list is the article's, no teaser run
 * @param maxFieldLabelWords a line "Label: value" whose label has fewer words than this
 * is a field, no teaser
 * @param minGalleryCounters a photo gallery has at least this many counters ("1/50",
 * "2/50", ...) out of one total
 * @param maxCaptionChars a gallery's caption below its last counter has at most this many
 * characters
 */
public record CleaningSettings(int shortLineLength, int paragraphLength, double goodStopWordDensity,
		double nearGoodStopWordDensity, double lowStopWordDensity, int minLinkListItems, int maxLinkListItemWords,
		int maxLinkMarkerWords, double maxDigitShare, double maxSymbolShare, int minWordsOfUnlistedSentence,
		int maxHeadlineWords, double minTitleSimilarity, int minRepeatingFiles, int minSharedSentenceWords,
		int minThreadLines, int maxHeadingDistance, int minMenuLines, int maxMenuEntryWords,
		double minMenuCapitalisedShare, int badLinePenalty, int minCoreWeight, int minWeightAboveEnd,
		double minShareAboveEnd, int minWeightBelowHeadline, int minWordsOfRunningText, int minSecondaryWeight,
		double minShareBelowHeadline, int headerClusterLines, int maxHeaderWords, int minItemLinks, int maxHeadingLines,
		int minHeadingWords, int minTeaserHeadlines, int minKeptTeaserHeadlines, int minTeaserWords, int maxTeaserWords,
		double minTeaserCapitalisedShare, int maxTeaserFillerLines, int maxTeaserFillerChars, int maxTeaserLabelWords,
		int minParagraphWords, int maxFieldLabelWords, int minGalleryCounters, int maxCaptionChars) {

	/** The values the cleaner runs with. */
	public static final CleaningSettings DEFAULTS = new CleaningSettings(70, // shortLineLength
			150, // paragraphLength
			0.25, // goodStopWordDensity
			0.20, // nearGoodStopWordDensity
			0.10, // lowStopWordDensity
			3, // minLinkListItems
			5, // maxLinkListItemWords
			5, // maxLinkMarkerWords
			0.5, // maxDigitShare
			0.3, // maxSymbolShare
			10, // minWordsOfUnlistedSentence
			25, // maxHeadlineWords
			0.8, // minTitleSimilarity
			3, // minRepeatingFiles
			6, // minSharedSentenceWords
			2, // minThreadLines
			200, // maxHeadingDistance
			4, // minMenuLines
			4, // maxMenuEntryWords
			0.7, // minMenuCapitalisedShare
			40, // badLinePenalty
			400, // minCoreWeight
			500, // minWeightAboveEnd
			0.25, // minShareAboveEnd
			150, // minWeightBelowHeadline
			10, // minWordsOfRunningText
			800, // minSecondaryWeight
			0.5, // minShareBelowHeadline
			4, // headerClusterLines
			15, // maxHeaderWords
			3, // minItemLinks
			2, // maxHeadingLines
			3, // minHeadingWords
			3, // minTeaserHeadlines
			2, // minKeptTeaserHeadlines
			5, // minTeaserWords
			15, // maxTeaserWords
			0.4, // minTeaserCapitalisedShare
			2, // maxTeaserFillerLines
			300, // maxTeaserFillerChars
			4, // maxTeaserLabelWords
			10, // minParagraphWords
			3, // maxFieldLabelWords
			3, // minGalleryCounters
			600); // maxCaptionChars

}
