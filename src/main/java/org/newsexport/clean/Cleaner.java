package org.newsexport.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsexport.article.RemovedLine;
import org.newsexport.language.LanguageDetector;
import org.newsexport.language.StopWordCounts;
import org.newsexport.language.StopWords;

/**
 * Removes page boilerplate from scraped text, line by line: each non-blank line is a
 * paragraph (scraped pages hold no wrapped lines). The decisions, in order:
 * <ol>
 * <li>the rules of the {@link RuleSet}: the first that matches a line removes it;</li>
 * <li>the headline: the first line the rules keep, when it reads as one; it is in neither
 * list;</li>
 * <li>each line's own features ({@link BlockClassifier}: length, stop-word density in the
 * page's language, digits and symbols, link lists), menus ({@link MenuRuns}) and, when
 * the cleaner has the run's {@link LineStatistics}, lines that recur in many files of the
 * run;</li>
 * <li>the context ({@link ContextSmoothing}): short lines take the class of their
 * neighbours;</li>
 * <li>the article's place on the page ({@link ArticleCore}): from the headline's repeat
 * or the densest text down to the first end rule below it; lines outside it go, the
 * headline's repeats inside it are captions;</li>
 * <li>below the article's last paragraph, a run of headline-like lines: links to other
 * articles ({@link TeaserRuns}).</li>
 * </ol>
 * Every removed line is recorded with the name of the rule or {@link Feature} that
 * decided it. Linear in the number of lines. Thread-safe: one instance can clean any
 * number of texts.
 */
public final class Cleaner {

	/** The category of the rules that match a trail of links ("Home » News"). */
	private static final String BREADCRUMB = "breadcrumb";

	private final RuleSet rules;

	private final LineStatistics statistics;

	private final CleaningSettings settings;

	private final TextNormalizer normalizer = new TextNormalizer();

	private final StopWords stopWords = StopWords.shipped();

	private final LanguageDetector languageDetector = new LanguageDetector(stopWords);

	/** A cleaner without run statistics: every file is judged on its own. */
	public Cleaner(RuleSet rules) {
		this(rules, null);
	}

	/**
	 * @param statistics the lines of the whole run, built by a first pass over its files;
	 * {@code null} for none
	 */
	public Cleaner(RuleSet rules, LineStatistics statistics) {
		this(rules, statistics, CleaningSettings.DEFAULTS);
	}

	/**
	 * @param statistics the lines of the whole run, built by a first pass over its files;
	 * {@code null} for none
	 * @param settings the thresholds of the stages
	 */
	public Cleaner(RuleSet rules, LineStatistics statistics, CleaningSettings settings) {
		this.rules = rules;
		this.statistics = statistics;
		this.settings = settings;
	}

	public CleanedText clean(String text) {
		return clean(text, Deadline.NONE);
	}

	/**
	 * {@link #clean(String)} within a deadline, checked every
	 * {@value Deadline#CHARS_PER_CHECK} characters of lines, while the rules match a
	 * line, and between the stages.
	 * @throws CleanTimeoutException when the deadline passes
	 */
	public CleanedText clean(String text, Deadline deadline) {
		return new Pass(text, deadline).result();
	}

	/** The state of cleaning one text. */
	private final class Pass {

		private final List<PageLine> lines = new ArrayList<>();

		private final List<KeptLine> kept = new ArrayList<>();

		private final List<RemovedLine> removed = new ArrayList<>();

		private final StopWordCounts pageCounts = new StopWordCounts();

		private final StopWordCounts keptCounts = new StopWordCounts();

		private final String language;

		private final Deadline deadline;

		private int headlineIndex = -1;

		private TitleRepeat titleRepeat;

		private boolean[] titleRepeats;

		private boolean[] sharedSentences;

		/**
		 * Per line, once decided: the name of the rule or feature that removes it,
		 * {@code null} when it is kept.
		 */
		private String[] removedBy;

		/**
		 * Whether the line before the one being added was blank (or there was none),
		 * while the lines are read.
		 */
		private boolean previousBlank = true;

		/** Characters of lines read since the deadline was last checked. */
		private int charsSinceCheck;

		Pass(String text, Deadline deadline) {
			this.deadline = deadline;
			normalizer.scan(text, this::add);
			markThreads();
			language = languageDetector.decide(pageCounts);
		}

		/**
		 * Adds a line of the text: the scans work on its characters where the normaliser
		 * left them, no copy.
		 */
		private void add(NormalizedLine line, char[] chars, int start) {
			if (line.isBlank()) {
				previousBlank = true;
				return;
			}
			checkDeadline(line.text().length());
			int end = start + line.text().length();
			PageLine pageLine = new PageLine(line, previousBlank, stopWords.count(chars, start, end), chars, start);
			pageLine.rule = rules.firstMatch(line.matchText(), deadline).orElse(null);
			if (pageLine.rule == null) {
				pageCounts.add(pageLine.stopWordCounts);
			}
			lines.add(pageLine);
			previousBlank = false;
		}

		/**
		 * Checks the deadline once the lines read since the last check hold
		 * {@link Deadline#CHARS_PER_CHECK} characters (each line's work is linear in its
		 * length; the rules check it within a line themselves): the clock is read once
		 * per page of text rather than once per line.
		 */
		private void checkDeadline(int lineLength) {
			charsSinceCheck += lineLength;
			if (charsSinceCheck >= Deadline.CHARS_PER_CHECK) {
				charsSinceCheck = 0;
				deadline.check();
			}
		}

		CleanedText result() {
			findHeadline();
			classifyLines();
			deadline.check();
			ContextSmoothing.smooth(lines, titleRepeats, settings);
			deadline.check();
			decide(ArticleCore.find(lines, headlineIndex, titleRepeats, sharedSentences, settings));
			deadline.check();
			return new CleanedText(headlineIndex < 0 ? null : keptLine(lines.get(headlineIndex)), kept, removed,
					bodyLanguage());
		}

		/**
		 * A {@link RuleAction#THREAD thread} rule that matches two or more lines of the
		 * page is an end rule there: the article ends at the first of them below its
		 * start (an earlier one, above the article, drops its own line). A line it alone
		 * matches is judged as if no rule had matched it (the next rule that would is not
		 * tried: a thread rule's lines are of no other rule's shape): the author's name
		 * and date under a headline.
		 */
		private void markThreads() {
			Map<CleaningRule, List<PageLine>> matched = new HashMap<>();
			for (PageLine line : lines) {
				if (line.rule != null && line.rule.action() == RuleAction.THREAD) {
					matched.computeIfAbsent(line.rule, rule -> new ArrayList<>()).add(line);
				}
			}
			matched.forEach((rule, thread) -> {
				if (thread.size() >= settings.minThreadLines()) {
					CleaningRule end = new CleaningRule(rule.name(), rule.category(), RuleAction.END, rule.pattern(),
							rule.requires());
					thread.forEach(line -> line.rule = end);
				}
				else {
					thread.forEach(line -> {
						line.rule = null;
						pageCounts.add(line.stopWordCounts);
					});
				}
			});
		}

		/**
		 * The language of the kept lines (menus in another language left out), else of
		 * the whole page.
		 */
		private String bodyLanguage() {
			String body = languageDetector.decide(keptCounts);
			return body != null ? body : language;
		}

		private void findHeadline() {
			if (isTitleWithTrail()) {
				PageLine first = lines.get(0);
				first.rule = null;
				pageCounts.add(first.stopWordCounts);
				headlineIndex = 0;
				titleRepeat = new TitleRepeat(first.text(), settings.minTitleSimilarity());
				return;
			}
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).rule == null) {
					if (LineShape.looksLikeHeadline(lines.get(i).text(), settings.maxHeadlineWords())) {
						headlineIndex = i;
						titleRepeat = new TitleRepeat(lines.get(i).text(), settings.minTitleSimilarity());
					}
					return;
				}
			}
		}

		/**
		 * The page's first line is a title of the breadcrumb's shape ("Study Hacks » Blog
		 * Archive » My New Project"): the headline after the site's trail, which a later
		 * line of the page repeats.
		 */
		private boolean isTitleWithTrail() {
			if (lines.isEmpty() || lines.get(0).rule == null || !BREADCRUMB.equals(lines.get(0).rule.category())) {
				return false;
			}
			TitleRepeat trail = new TitleRepeat(lines.get(0).text(), settings.minTitleSimilarity());
			for (int i = 1; i < lines.size(); i++) {
				PageLine line = lines.get(i);
				if (!line.text().equals(lines.get(0).text()) && trail.isRepeatedBy(line.text())) {
					return true;
				}
			}
			return false;
		}

		private void classifyLines() {
			titleRepeats = new boolean[lines.size()];
			sharedSentences = new boolean[lines.size()];
			for (int i = 0; i < lines.size(); i++) {
				PageLine line = lines.get(i);
				checkDeadline(line.text().length());
				char[] lineChars = line.chars;
				int start = line.start;
				int end = start + line.text().length();
				line.features = LineFeatures.of(line.text(), lineChars, start, line.stopWordCounts, language);
				if (line.rule != null) {
					line.classify(BlockClass.BAD, null, true);
					continue;
				}
				if (i == headlineIndex) {
					// a neighbour of good text for the context rules, no part of the body
					line.classify(BlockClass.GOOD, null, true);
					continue;
				}
				BlockClassifier.classify(line, settings);
				titleRepeats[i] = i > headlineIndex && titleRepeat != null
						&& titleRepeat.isRepeatedBy(line.text(), lineChars, start, line.features.words());
				if (statistics != null && statistics.filesWith(lineChars, start, end) >= settings.minRepeatingFiles()) {
					if (isSentence(line.features)) {
						sharedSentences[i] = true;
					}
					else if (!titleRepeats[i]) {
						line.classify(BlockClass.BAD, Feature.RUN_REPEATED_LINE, true);
					}
				}
			}
			MenuRuns.mark(lines, headlineIndex, settings);
		}

		/**
		 * A sentence, as several reports of one event may share it: long enough,
		 * finished, and with stop words.
		 */
		private boolean isSentence(LineFeatures features) {
			return features.words() >= settings.minSharedSentenceWords() && features.terminalPunctuation()
					&& (!features.languageKnown() || features.stopWordDensity() >= settings.nearGoodStopWordDensity());
		}

		private void decide(ArticleCore core) {
			boolean[] besideGood = ContextSmoothing.besideGoodLine(lines, headlineIndex);
			boolean[] betweenGood = ContextSmoothing.betweenGoodLines(lines, headlineIndex);
			removedBy = new String[lines.size()];
			for (int i = 0; i < lines.size(); i++) {
				if (i == headlineIndex) {
					continue;
				}
				PageLine line = lines.get(i);
				if (core.isAfterEnd(i)) {
					remove(i, core.endRule().name());
				}
				else if (line.rule != null) {
					remove(i, line.rule.name());
				}
				else if (titleRepeats[i] && i != core.start()) {
					remove(i, Feature.TITLE_REPEAT.ruleName());
				}
				else if (!core.found() || core.anchored() && core.contains(i)) {
					// no article to place, or a short one below the headline's repeat:
					// keep what is not boilerplate by its features, so that a short text
					// survives
					keepUnless(i, line.initialClass == BlockClass.BAD, line.reason);
				}
				else if (core.contains(i)) {
					boolean text = isArticleText(line, i == core.start(), besideGood[i], betweenGood[i]);
					keepUnless(i, !text, insideReason(line));
				}
				else if (isHeadingAbove(i, core.start())) {
					keep(i);
				}
				else {
					keepUnless(i, !core.keepsOutside(i), outsideReason(line));
				}
			}
			if (core.found() && core.headlineRepeated()) {
				removeTeaserRun();
			}
			removeGalleries();
			for (int i = 0; i < lines.size(); i++) {
				if (i == headlineIndex) {
					continue;
				}
				PageLine line = lines.get(i);
				if (removedBy[i] == null) {
					kept.add(keptLine(line));
					keptCounts.add(line.stopWordCounts);
				}
				else {
					removed.add(new RemovedLine(line.number(), removedBy[i], line.text()));
				}
			}
		}

		/**
		 * The captions between a photo gallery's counters ({@link GalleryRuns}), which
		 * the decisions above kept.
		 */
		private void removeGalleries() {
			boolean[] gallery = new boolean[lines.size()];
			GalleryRuns.mark(lines, gallery, settings);
			for (int i = 0; i < lines.size(); i++) {
				if (gallery[i] && removedBy[i] == null && i != headlineIndex) {
					removedBy[i] = Feature.GALLERY.ruleName();
				}
			}
		}

		/**
		 * The list of other articles below the article ({@link TeaserRuns}), which the
		 * decisions above kept.
		 */
		private void removeTeaserRun() {
			boolean[] keptLines = new boolean[lines.size()];
			boolean[] skip = new boolean[lines.size()];
			int anchor = -1;
			for (int i = 0; i < lines.size(); i++) {
				anchor = anchor < 0 && titleRepeats[i] ? i : anchor;
				keptLines[i] = i != headlineIndex && removedBy[i] == null;
				skip[i] = i == headlineIndex || titleRepeats[i];
			}
			boolean[] teaser = new boolean[lines.size()];
			TeaserRuns.mark(lines, keptLines, skip, teaser, anchor, settings);
			for (int i = 0; i < lines.size(); i++) {
				if (teaser[i]) {
					removedBy[i] = Feature.TEASER_RUN.ruleName();
				}
			}
		}

		/**
		 * Inside the core, besides the good lines and the core's first line: a short line
		 * beside a paragraph (a sub-heading, a byline, a dateline); a line that reads as
		 * running text by its own features even when its neighbours do not (a paragraph
		 * between two photo captions); a line that recurs across the run but stands
		 * between two paragraphs: a section heading that many documents share
		 * ("Introduction", "Background"); and a line that is boilerplate only by its weak
		 * features, too few stop words or mostly digits, between two paragraphs: an item
		 * of a list, a reference, a figure's heading ("IBM 709 [1961-1963]").
		 */
		private boolean isArticleText(PageLine line, boolean first, boolean besideGood, boolean betweenGood) {
			if (line.isGood() || first) {
				return true;
			}
			if (line.reason == Feature.RUN_REPEATED_LINE || line.reason == Feature.LOW_STOPWORD_DENSITY
					|| line.reason == Feature.SYMBOLS) {
				return betweenGood;
			}
			if (line.decided) {
				return false;
			}
			return line.initialClass == BlockClass.SHORT && besideGood || line.initialClass == BlockClass.GOOD
					|| line.initialClass == BlockClass.NEAR_GOOD && line.reason == null;
		}

		/**
		 * One of the one or two short lines just above the core's first line, when that
		 * is not the headline's repeat: the article's own heading and byline ("A day of
		 * anger in the capital", "By Ali Abbas"), which the context rules leave out when
		 * boilerplate stands above them. A link ("Our network", under three words) or a
		 * sentence ("Sign in to read more.") is no heading.
		 */
		private boolean isHeadingAbove(int index, int start) {
			if (start - index > settings.maxHeadingLines() || index >= start || titleRepeats[start]) {
				return false;
			}
			for (int i = index; i < start; i++) {
				PageLine line = lines.get(i);
				if (line.rule != null || line.initialClass != BlockClass.SHORT
						|| line.features.words() < settings.minHeadingWords() || line.features.terminalPunctuation()) {
					return false;
				}
			}
			return true;
		}

		private Feature outsideReason(PageLine line) {
			if (line.initialClass == BlockClass.BAD) {
				return line.reason;
			}
			return line.initialClass == BlockClass.SHORT ? Feature.SHORT_OUTSIDE_CORE : Feature.OUTSIDE_CORE;
		}

		/**
		 * The line's own reason (a short line, too few stop words), or else: its
		 * neighbours are boilerplate.
		 */
		private Feature insideReason(PageLine line) {
			return line.reason != null ? line.reason : Feature.ISOLATED;
		}

		private void keepUnless(int index, boolean remove, Feature reason) {
			if (remove) {
				remove(index, reason.ruleName());
			}
			else {
				keep(index);
			}
		}

		private void keep(int index) {
			removedBy[index] = null;
		}

		private KeptLine keptLine(PageLine line) {
			return new KeptLine(line.number(), line.text());
		}

		private void remove(int index, String ruleName) {
			removedBy[index] = ruleName;
		}

	}

}
