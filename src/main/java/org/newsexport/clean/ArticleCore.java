package org.newsexport.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the article is on the page. Its core is the stretch of lines where good text
 * outweighs the rest the most (the maximum-sum segment: each good line counts its length
 * in characters, each other line costs {@link CleaningSettings#badLinePenalty}, 40 by
 * default); it starts at the headline's repeat on the page when that stands just above,
 * and it ends where an {@link RuleAction#END end} rule below its start says the article
 * is over (the comments, the footer). Its thresholds are in {@link CleaningSettings}.
 * <p>
 * The core is looked for above the first end rule; when the text there is only header
 * debris (a "Leave a comment" link, a blog's one-line blurb: a core that is short, has no
 * headline above it and is small next to the page's densest stretch), that end rule only
 * drops its line and the core is looked for above the next one, and so on. Other dense
 * stretches of text above the end (an article cut in two by a gallery) are kept when they
 * are long; on a page where the headline is not repeated (a page of several texts rather
 * than one article), every good line above the end is kept. A page whose densest stretch
 * is short has no core: it holds no article that position could tell from the rest,
 * unless a repeat of the headline stands above a short article (a few lines, down to the
 * first boilerplate line, that hold half the page's running text): then that is the core,
 * and the lists below it go. Likewise a short post between a repeat of the headline and
 * the end rule of the reader comments below it is the core however short it is, so that a
 * long thread of comments never is.
 * <p>
 * Reader comments and teasers below the article are good text too, but the names, dates
 * and "Reply" links between them, and the end rules before them, keep them out. A
 * sentence shared with other files of the run weighs nothing: it stays when it is inside
 * the core, but does not make one; so do the headline's repeats, which would otherwise
 * make the page's header (the headline twice, then a "Comment" link) an article. Linear
 * in the number of lines.
 */
final class ArticleCore {

	private static final Pattern BYLINE = Pattern.compile("(?i)(posted |written )?by ");

	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

	private static final Set<String> HEADER_CATEGORIES = Set.of("page-date", "byline");

	/** The category of the rules that match reader comments. */
	private static final String COMMENTS = "comments";

	private final List<PageLine> lines;

	private final CleaningSettings settings;

	/**
	 * The core is a short article below a repeat of the headline: its lines are kept
	 * unless boilerplate.
	 */
	private boolean anchored;

	private final int headlineIndex;

	private final boolean[] titleRepeats;

	private final boolean[] sharedSentences;

	private final boolean headlineRepeated;

	private int start = -1;

	/** Without a core: the first line that is not boilerplate by its features. */
	private int firstLine = -1;

	private int end = -1;

	private int endIndex = -1;

	private CleaningRule endRule;

	private boolean[] secondary;

	private final boolean[] passiveEnds;

	private ArticleCore(List<PageLine> lines, int headlineIndex, boolean[] titleRepeats, boolean[] sharedSentences,
			CleaningSettings settings) {
		this.lines = lines;
		this.settings = settings;
		this.headlineIndex = headlineIndex;
		this.titleRepeats = titleRepeats;
		this.sharedSentences = sharedSentences;
		boolean repeated = false;
		for (boolean repeat : titleRepeats) {
			repeated |= repeat;
		}
		this.headlineRepeated = repeated;
		this.passiveEnds = passiveEnds();
	}

	/** An end rule's line that ends the article: not one of {@link #passiveEnds}. */
	private boolean isEnd(int index) {
		CleaningRule rule = lines.get(index).rule;
		return rule != null && rule.action() == RuleAction.END && !passiveEnds[index];
	}

	/**
	 * The end rules' lines that only drop themselves, unless reader comments follow them
	 * ({@link #threadFollows}): one in the header cluster, a few lines below a repeat of
	 * the headline with no running text between ("4 Comments" beside the byline, the
	 * article below), and one whose text, digits aside, is on
	 * {@link CleaningSettings#minItemLinks} or more lines of the page ("Comments (0)"
	 * under each post of a blog's page, "Post a comment" under each item of a list).
	 */
	private boolean[] passiveEnds() {
		boolean[] passive = new boolean[lines.size()];
		// per shape: how many of its lines have running text above them since the one
		// before (one under each item)
		Map<String, Integer> shapes = new HashMap<>();
		Map<String, Integer> textBefore = new HashMap<>();
		int runningLines = 0;
		for (int i = 0; i < lines.size(); i++) {
			PageLine line = lines.get(i);
			if (line.rule != null && line.rule.action() == RuleAction.END) {
				String shape = shape(line.text());
				Integer before = textBefore.put(shape, runningLines);
				if (before == null || before < runningLines) {
					shapes.merge(shape, 1, Integer::sum);
				}
			}
			else if (isRunningText(line)) {
				runningLines++;
			}
		}
		int repeat = -1;
		boolean textSinceRepeat = false;
		for (int i = 0; i < lines.size(); i++) {
			PageLine line = lines.get(i);
			if (titleRepeats[i]) {
				repeat = i;
				textSinceRepeat = false;
				continue;
			}
			if (line.rule != null && line.rule.action() == RuleAction.END) {
				boolean inHeader = repeat >= 0 && i - repeat <= settings.headerClusterLines() && !textSinceRepeat;
				boolean itemLink = shapes.get(shape(line.text())) >= settings.minItemLinks();
				boolean field = line.text().endsWith(":") && i + 1 < lines.size() && isNumber(lines.get(i + 1).text());
				passive[i] = (inHeader || itemLink || field) && !threadFollows(i);
			}
			else if (isRunningText(line)) {
				textSinceRepeat = true;
			}
		}
		return passive;
	}

	/**
	 * A count on its own line: the value of a field of statistics ("Comments:", then
	 * "1664").
	 */
	private static boolean isNumber(String text) {
		boolean digit = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c)) {
				digit = true;
			}
			else if (c != ',' && c != '.' && c != ' ') {
				return false;
			}
		}
		return digit;
	}

	/**
	 * A line of running text: no rule's nor boilerplate by its features, and a sentence
	 * or of ten words.
	 */
	private boolean isRunningText(PageLine line) {
		return line.rule == null && line.initialClass != BlockClass.BAD && (LineShape.endsLikeSentence(line.text())
				|| line.features.words() >= settings.minWordsOfRunningText());
	}

	/**
	 * A line's text with its digits as '#', lower-cased: "Comments (0)" and "Comments
	 * (12)" alike.
	 */
	private static String shape(String text) {
		StringBuilder shape = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c)) {
				if (shape.length() == 0 || shape.charAt(shape.length() - 1) != '#') {
					shape.append('#');
				}
			}
			else {
				shape.append(Character.toLowerCase(c));
			}
		}
		return shape.toString();
	}

	/**
	 * @param headlineIndex index of the headline among the lines, -1 for none
	 * @param titleRepeats which lines repeat the headline
	 * @param sharedSentences which lines are sentences that other files of the run share
	 * @param settings the thresholds of the weighing
	 */
	static ArticleCore find(List<PageLine> lines, int headlineIndex, boolean[] titleRepeats, boolean[] sharedSentences,
			CleaningSettings settings) {
		ArticleCore core = new ArticleCore(lines, headlineIndex, titleRepeats, sharedSentences, settings);
		core.locate();
		if (core.found() && !core.anchored && !titleRepeats[core.start]) {
			core.locateBelowHeaderCluster();
		}
		return core;
	}

	/**
	 * Whether the headline is repeated on the page: a page of one article rather than of
	 * several texts.
	 */
	boolean headlineRepeated() {
		return headlineRepeated;
	}

	/**
	 * Whether the core is a short article below a repeat of the headline, found without a
	 * dense stretch.
	 */
	boolean anchored() {
		return anchored;
	}

	/** Whether the page has an article core at all. */
	boolean found() {
		return start >= 0;
	}

	/**
	 * The article's first line: the core's, or without a core the first line not
	 * boilerplate by its features.
	 */
	int start() {
		return found() ? start : firstLine;
	}

	/** The end rule whose line closes the article, or {@code null}. */
	CleaningRule endRule() {
		return endRule;
	}

	/** The line is the end rule's line or below it. */
	boolean isAfterEnd(int index) {
		return endRule != null && index >= endIndex;
	}

	boolean contains(int index) {
		return index >= start && index <= end;
	}

	/**
	 * A good line outside the core that is kept: in another long dense stretch, or on a
	 * page of several texts.
	 */
	boolean keepsOutside(int index) {
		PageLine line = lines.get(index);
		if (!line.isGood() || isAfterEnd(index)) {
			return false;
		}
		return secondary[index] || !headlineRepeated && line.initialClass == BlockClass.GOOD;
	}

	private void locate() {
		int[] best = densest(0, lines.size());
		if (best == null || weight(best) < settings.minCoreWeight()) {
			if (!locateBelowHeadline() && !locateAboveComments()) {
				locateWithoutCore();
			}
			return;
		}
		long bestWeight = weight(best);
		int sectionStart = 0;
		for (int i = 0; i < lines.size(); i++) {
			CleaningRule rule = lines.get(i).rule;
			if (!isEnd(i)) {
				continue;
			}
			int[] above = densest(sectionStart, i);
			if (above != null && isArticle(above, sectionStart, bestWeight)) {
				settle(above, sectionStart, i, rule);
				return;
			}
			if (locateBelowRepeat(sectionStart, i, rule)) {
				return;
			}
			sectionStart = i + 1;
		}
		int[] last = densest(sectionStart, lines.size());
		if (last == null) {
			settle(best, 0, -1, null);
		}
		else {
			settle(last, sectionStart, -1, null);
		}
	}

	/**
	 * A short article under its header: below the headline's first repeat, the lines up
	 * to the first that is boilerplate by its features or by a rule are the core, when
	 * they hold {@link CleaningSettings#minShareBelowHeadline} of the page's running text
	 * (lines that end like a sentence or have ten words), or more than any other block of
	 * lines between boilerplate lines (a list of teasers with their sentences, one by
	 * one). Looked for on a page without a core, so that a short article is not kept with
	 * the lists of links and teasers around it.
	 * @return whether such a core was found
	 */
	private boolean locateBelowHeadline() {
		for (int r = headlineIndex + 1; r < lines.size(); r++) {
			if (!titleRepeats[r]) {
				continue;
			}
			long inside = 0;
			int i = r + 1;
			for (; i < lines.size(); i++) {
				PageLine line = lines.get(i);
				if (line.rule != null || line.initialClass == BlockClass.BAD) {
					break;
				}
				inside += runningText(i);
			}
			long total = 0;
			for (int j = 0; j < lines.size(); j++) {
				total += runningText(j);
			}
			if (inside > 0
					&& (inside >= settings.minShareBelowHeadline() * total || inside > largestBlockOutside(r, i))) {
				anchored = true;
				CleaningRule rule = i < lines.size() ? lines.get(i).rule : null;
				boolean ends = i < lines.size() && isEnd(i);
				settle(new int[] { r, i - 1 }, r, ends ? i : -1, ends ? rule : null);
				return true;
			}
			return false;
		}
		return false;
	}

	/**
	 * The most running text in one block of lines between boilerplate lines (by features
	 * or a rule) outside the lines {@code [from, to)}.
	 */
	private long largestBlockOutside(int from, int to) {
		long largest = 0;
		long block = 0;
		for (int i = 0; i < lines.size(); i++) {
			PageLine line = lines.get(i);
			if (i >= from && i < to || line.rule != null || line.initialClass == BlockClass.BAD) {
				block = 0;
				continue;
			}
			block += runningText(i);
			largest = Math.max(largest, block);
		}
		return largest;
	}

	/**
	 * The article under its header cluster: a repeat of the headline with a byline or a
	 * date among the {@link CleaningSettings#headerClusterLines} lines below it, above a
	 * core that does not start at a repeat (a thread of comments, a footer's blurb that
	 * outweighs a short article). The core becomes the lines below the cluster, from the
	 * first line of running text down to the first that is boilerplate by its features or
	 * a rule, when they hold {@link CleaningSettings#minWeightBelowHeadline} characters
	 * of running text.
	 */
	private void locateBelowHeaderCluster() {
		int r = headlineIndex + 1;
		while (r < start && !titleRepeats[r]) {
			r++;
		}
		if (r >= start || !hasBylineOrDate(r)) {
			return;
		}
		long inside = 0;
		int last = -1;
		int i = r + 1;
		for (; i < start; i++) {
			PageLine line = lines.get(i);
			boolean bad = line.rule != null || line.initialClass == BlockClass.BAD;
			if (bad && inside > 0) {
				break;
			}
			inside += runningText(i);
			last = bad ? last : i;
		}
		if (inside < settings.minWeightBelowHeadline() || last < 0) {
			return;
		}
		CleaningRule rule = i < lines.size() ? lines.get(i).rule : null;
		boolean ends = i < lines.size() && isEnd(i);
		anchored = true;
		settle(new int[] { r, last }, r, ends ? i : -1, ends ? rule : null);
	}

	/**
	 * A byline ("By Jane Doe") or a date line among the few lines below a repeat of the
	 * headline.
	 */
	private boolean hasBylineOrDate(int repeat) {
		for (int i = repeat + 1; i <= repeat + settings.headerClusterLines() && i < lines.size(); i++) {
			PageLine line = lines.get(i);
			if (line.rule != null && HEADER_CATEGORIES.contains(line.rule.category())) {
				return true;
			}
			String text = line.text();
			if (line.features.words() <= settings.maxHeaderWords()
					&& (BYLINE.matcher(text).lookingAt() || YEAR.matcher(text).find())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@link #locateBelowRepeat} above one of the end rules, on a page without a core.
	 */
	private boolean locateAboveComments() {
		int sectionStart = 0;
		for (int i = 0; i < lines.size(); i++) {
			CleaningRule rule = lines.get(i).rule;
			if (isEnd(i)) {
				if (locateBelowRepeat(sectionStart, i, rule)) {
					return true;
				}
				sectionStart = i + 1;
			}
		}
		return false;
	}

	/**
	 * A short article between a repeat of the headline and the end rule below it (the
	 * comments that follow a few lines of text): the first repeat in the section, down to
	 * the end rule, is the core when running text stands below it.
	 * @return whether such a core was found
	 */
	private boolean locateBelowRepeat(int sectionStart, int endIndex, CleaningRule rule) {
		int r = Math.max(sectionStart, headlineIndex + 1);
		while (r < endIndex && !titleRepeats[r]) {
			r++;
		}
		if (r >= endIndex) {
			return false;
		}
		long inside = 0;
		int last = r;
		for (int i = r + 1; i < endIndex; i++) {
			inside += runningText(i);
			last = lines.get(i).initialClass != BlockClass.BAD && lines.get(i).rule == null ? i : last;
		}
		if (inside == 0 || !threadFollows(endIndex)) {
			return false;
		}
		anchored = true;
		settle(new int[] { r, last }, sectionStart, endIndex, rule);
		return true;
	}

	/**
	 * Reader comments follow the end rule's line: a line of a comments rule comes below
	 * it before as much good text as an article above an end rule weighs (a "Comments"
	 * link above the article is followed by the article instead).
	 */
	private boolean threadFollows(int endIndex) {
		long text = 0;
		String shape = shape(lines.get(endIndex).text());
		for (int i = endIndex + 1; i < lines.size() && text < settings.minWeightAboveEnd(); i++) {
			PageLine line = lines.get(i);
			// the same link under the next item is no comment
			if (line.rule != null && COMMENTS.equals(line.rule.category()) && !shape(line.text()).equals(shape)) {
				return true;
			}
			text += Math.max(0, weight(i));
		}
		return false;
	}

	/**
	 * The characters of a line of running text outside the headline and the rules' lines,
	 * 0 for another line.
	 */
	private long runningText(int index) {
		PageLine line = lines.get(index);
		boolean running = index != headlineIndex && !titleRepeats[index] && isRunningText(line);
		return running ? line.features.length() : 0;
	}

	/**
	 * A short text, or a page without an article to place: it starts at its first line
	 * that is not boilerplate by its features, and an end rule ends it once a line of
	 * running text (one that ends like a sentence, or of ten words) stands above: above
	 * that it is header debris ("Leave a comment" beside a byline).
	 */
	private void locateWithoutCore() {
		boolean runningText = false;
		for (int i = 0; i < lines.size(); i++) {
			PageLine line = lines.get(i);
			if (i == headlineIndex) {
				continue;
			}
			if (line.rule != null) {
				if (isEnd(i) && runningText) {
					endIndex = i;
					endRule = line.rule;
					return;
				}
				continue;
			}
			if (line.initialClass != BlockClass.BAD) {
				firstLine = firstLine < 0 ? i : firstLine;
				runningText |= isRunningText(line);
			}
		}
	}

	private boolean isArticle(int[] span, int sectionStart, long bestWeight) {
		long weight = weight(span);
		return weight >= settings.minWeightAboveEnd() || weight >= settings.minShareAboveEnd() * bestWeight
				|| weight >= settings.minWeightBelowHeadline() && titleRepeatAt(span[0], sectionStart) >= 0;
	}

	private void settle(int[] span, int sectionStart, int endIndex, CleaningRule endRule) {
		int repeat = titleRepeatAt(span[0], sectionStart);
		if (repeat < 0 && span[0] > headlineIndex + 1) {
			repeat = titleRepeatInFirstHalf(span);
		}
		this.start = repeat >= 0 ? repeat : span[0];
		this.end = span[1];
		this.endIndex = endIndex;
		this.endRule = endRule;
		markSecondaryStretches();
	}

	/**
	 * A repeat of the headline in the first half (by weight) of the densest stretch: the
	 * stretch began with a teaser just above the article. Not looked for when the stretch
	 * follows the headline directly (the headline is the article's top, and its repeats
	 * are captions).
	 */
	private int titleRepeatInFirstHalf(int[] span) {
		long total = weight(span);
		long before = 0;
		for (int i = span[0]; i <= span[1] && 2 * before < total; i++) {
			if (titleRepeats[i]) {
				return i;
			}
			before += Math.max(0, weight(i));
		}
		return -1;
	}

	/**
	 * The headline's repeat at a line or the nearest one above it in the same section,
	 * with no good line between them; -1 for none.
	 */
	private int titleRepeatAt(int index, int sectionStart) {
		for (int i = index; i > headlineIndex && i >= sectionStart; i--) {
			if (titleRepeats[i]) {
				return i;
			}
			if (i < index && lines.get(i).isGood()) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Marks the dense stretches outside the core and above the end that weigh
	 * {@link CleaningSettings#minSecondaryWeight}.
	 */
	private void markSecondaryStretches() {
		secondary = new boolean[lines.size()];
		int limit = endRule != null ? endIndex : lines.size();
		long sum = 0;
		long best = 0;
		int stretchStart = 0;
		int bestEnd = -1;
		for (int i = 0; i <= limit; i++) {
			boolean boundary = i == limit || contains(i);
			if (boundary || sum <= 0) {
				if (best >= settings.minSecondaryWeight()) {
					for (int j = stretchStart; j <= bestEnd; j++) {
						secondary[j] = true;
					}
				}
				sum = 0;
				best = 0;
				bestEnd = -1;
				stretchStart = boundary ? i + 1 : i;
				if (boundary) {
					continue;
				}
			}
			sum += weight(i);
			if (sum > best) {
				best = sum;
				bestEnd = i;
			}
		}
	}

	/**
	 * The first and last index (inclusive) of the densest stretch of
	 * {@code lines[from, to)}, or {@code null}.
	 */
	private int[] densest(int from, int to) {
		long best = 0;
		int bestStart = -1;
		int bestEnd = -1;
		long sum = 0;
		int stretchStart = from;
		for (int i = from; i < to; i++) {
			if (sum <= 0) {
				sum = 0;
				stretchStart = i;
			}
			sum += weight(i);
			if (sum > best) {
				best = sum;
				bestStart = stretchStart;
				bestEnd = i;
			}
		}
		return bestStart < 0 ? null : new int[] { bestStart, bestEnd };
	}

	private long weight(int[] span) {
		long sum = 0;
		for (int i = span[0]; i <= span[1]; i++) {
			sum += weight(i);
		}
		return sum;
	}

	private long weight(int index) {
		PageLine line = lines.get(index);
		if (sharedSentences[index] || index == headlineIndex || titleRepeats[index]) {
			// the headline is no part of the body, nor are its repeats: a long one would
			// make a stretch
			return 0;
		}
		return line.isGood() ? line.features.length() : -settings.badLinePenalty();
	}

}
