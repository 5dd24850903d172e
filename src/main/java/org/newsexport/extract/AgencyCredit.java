package org.newsexport.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;

/**
 * A news agency credited outside a dateline: "(Reuters) - The ..." opening the text, or
 * "(AFP)", "— Reuters", "Source: IRNA" closing it. Only running text (body and quote
 * paragraphs) is read, so a photo credit such as "(Photo by AFP)" is not taken for the
 * article's agency; the name must be one to four capitalised words ("AFP", "Associated
 * Press").
 */
final class AgencyCredit {

	private static final String NAME = "(?<agency>(?!(?:Photo|Image|Picture|Video|Getty|File)\\b)"
			+ "\\p{Lu}[\\p{L}&.-]*(?:[ /]\\p{Lu}[\\p{L}&.-]*){0,3})";

	private static final Pattern OPENING = Pattern.compile("^\\(" + NAME + "\\) ?[–—-]{0,2} ");

	/** The marks of {@link #AFTER_SENTENCE}. */
	private static final String SENTENCE_ENDS = ".!?”\"’";

	private static final String AFTER_SENTENCE = "(?:^|[" + SENTENCE_ENDS + "] )";

	private static final List<Pattern> CLOSINGS = List.of(Pattern.compile(AFTER_SENTENCE + "\\(" + NAME + "\\)$"),
			Pattern.compile(AFTER_SENTENCE + "[–—-]{1,2} ?" + NAME + "$"),
			Pattern.compile("^\\(?(?:Source|Sources|Via) ?: ?" + NAME + "\\.?\\)?$"));

	/**
	 * For each of {@link #CLOSINGS}, characters one of which it cannot match without: a
	 * cheap test before it.
	 */
	private static final List<String> CLOSINGS_NEED = List.of("(", "–—-", ":");

	private AgencyCredit() {
	}

	static Optional<String> find(List<Paragraph> paragraphs) {
		Paragraph first = null;
		Paragraph last = null;
		for (Paragraph paragraph : paragraphs) {
			if (paragraph.kind() == ParagraphKind.BODY || paragraph.kind() == ParagraphKind.QUOTE) {
				first = first == null ? paragraph : first;
				last = paragraph;
			}
		}
		if (first == null) {
			return Optional.empty();
		}
		Matcher opening = OPENING.matcher(first.text());
		if (opening.lookingAt()) { // anchored with ^: no need to try the other positions
			return Optional.of(opening.group("agency"));
		}
		String text = last.text();
		for (int i = 0; i < CLOSINGS.size(); i++) {
			if (!containsAny(text, CLOSINGS_NEED.get(i))) {
				continue;
			}
			Matcher credit = CLOSINGS.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			for (int at = 0; at >= 0; at = nextSentenceEnd(text, at + 1)) {
				if (credit.region(at, text.length()).lookingAt()) {
					return Optional.of(credit.group("agency"));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The next index from {@code from} where a closing may start, or -1. Each opens with
	 * {@code ^} or with {@link #AFTER_SENTENCE}'s mark and space, so it can start at 0 or
	 * at such a mark only: trying the pattern there, in order ({@link Matcher#lookingAt},
	 * the bounds transparent and not anchoring), finds the match a search
	 * ({@link Matcher#find}) would, without trying every other character of the
	 * paragraph.
	 */
	private static int nextSentenceEnd(String text, int from) {
		for (int i = from; i + 1 < text.length(); i++) {
			if (text.charAt(i + 1) == ' ' && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	private static boolean containsAny(String text, String characters) {
		for (int i = 0; i < characters.length(); i++) {
			if (text.indexOf(characters.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

}
