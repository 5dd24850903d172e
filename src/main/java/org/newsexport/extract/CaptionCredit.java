package org.newsexport.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo captions and credits: "... (Photo by AFP)", "Photo: Reuters", "...
 * Image: AFP", "(Getty Images)", "File photo ...", "(AP Photo/Hadi Mizban)". The credit
 * marks the whole paragraph as a caption.
 */
final class CaptionCredit {

	private static final String PICTURE = "(?:photo|image|picture|video|photograph|footage)s?";

	/**
	 * The longest credit name after a trailing "Image:" that still reads as a credit
	 * rather than a sentence.
	 */
	private static final int MAX_TRAILING_CREDIT = 40;

	private static final Pattern LABEL = Pattern.compile(
			"^(?:(?:" + PICTURE + "|photo credit|caption|credit)\\s*(?:by\\b|:|—|–|-)|file photo\\b)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PARENTHESISED = Pattern.compile("\\((?:" + PICTURE
			+ "(?: credit)?\\s*(?:by\\b|:|/|courtesy\\b)|(?:file|archive|stock|handout|AP|AFP|Reuters|EPA|Getty|Xinhua"
			+ "|Anadolu)[ /]" + PICTURE + "\\b)[^)]{0,80}\\)", Pattern.CASE_INSENSITIVE);

	private static final Pattern TRAILING_LABEL = Pattern.compile("\\b" + PICTURE + "(?: credit)?\\s*:$",
			Pattern.CASE_INSENSITIVE);

	private CaptionCredit() {
	}

	/**
	 * Every paragraph of every file passes here, and most hold no credit: the label
	 * pattern is anchored, so it is tried at the start only ({@link Matcher#lookingAt})
	 * and only when the paragraph opens with a letter a label may open with, and plain
	 * string searches (far cheaper than a regex scan) go before the other patterns.
	 */
	static boolean appearsIn(String paragraph) {
		return (mayOpenLabel(paragraph) && LABEL.matcher(paragraph).lookingAt()) || namesGetty(paragraph)
				|| hasParenthesisedCredit(paragraph) || endsWithCredit(paragraph);
	}

	/**
	 * Whether the paragraph holds "Getty Images" or "GETTY IMAGES": one search for their
	 * G, not one per spelling.
	 */
	private static boolean namesGetty(String paragraph) {
		for (int at = paragraph.indexOf('G'); at >= 0; at = paragraph.indexOf('G', at + 1)) {
			if (paragraph.startsWith("Getty Images", at) || paragraph.startsWith("GETTY IMAGES", at)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words of {@link #LABEL} open with p, i, v, f or c, in either case;
	 * {@code CASE_INSENSITIVE} without {@code UNICODE_CASE} folds ASCII letters only, so
	 * no other character can match them.
	 */
	private static boolean mayOpenLabel(String paragraph) {
		if (paragraph.isEmpty()) {
			return false;
		}
		char first = paragraph.charAt(0);
		return "pivfcPIVFC".indexOf(first) >= 0;
	}

	/**
	 * Whether {@link #PARENTHESISED} matches. Its words (photo, image, video, footage,
	 * file, archive, stock, handout, AP, AFP, Reuters, EPA, Getty, Xinhua, Anadolu) open
	 * with one of p, i, v, f, a, s, h, r, e, g, x in either case, and
	 * {@code CASE_INSENSITIVE} without {@code UNICODE_CASE} folds ASCII letters only: so
	 * a match can only start at a parenthesis before one of them. The pattern is tried at
	 * those parentheses alone ({@link Matcher#lookingAt}), not by a search that tries
	 * every character of the paragraph after the first, as "(AFP)" in a dateline would
	 * start.
	 */
	private static boolean hasParenthesisedCredit(String paragraph) {
		Matcher credit = null;
		for (int open = paragraph.indexOf('('); open >= 0
				&& open + 1 < paragraph.length(); open = paragraph.indexOf('(', open + 1)) {
			if ("pivfashregxPIVFASHREGX".indexOf(paragraph.charAt(open + 1)) < 0) {
				continue; // most parentheses of running text
			}
			if (credit == null) {
				credit = PARENTHESISED.matcher(paragraph).useTransparentBounds(true);
			}
			if (credit.region(open, paragraph.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Protesters in Baghdad. Image: AFP": only the few characters before the last colon
	 * are searched, and only when the last of them that is not white space ({@code \s})
	 * ends a word of {@link #TRAILING_LABEL} (photo, video, image, picture, footage,
	 * photograph, a plural, credit: o, e, h, s or t, in either case).
	 */
	private static boolean endsWithCredit(String paragraph) {
		int colon = lastColonNearEnd(paragraph);
		if (colon < 0) {
			return false;
		}
		int from = Math.max(0, colon - 20);
		int last = colon - 1;
		while (last >= from && " \t\n\u000B\f\r".indexOf(paragraph.charAt(last)) >= 0) {
			last--;
		}
		if (last < from || "oehstOEHST".indexOf(paragraph.charAt(last)) < 0) {
			return false;
		}
		Matcher label = TRAILING_LABEL.matcher(paragraph).useTransparentBounds(true);
		return label.region(from, colon + 1).find();
	}

	/**
	 * The last colon when it is at most {@value #MAX_TRAILING_CREDIT} characters from the
	 * end, else -1: only those characters are searched, not the whole paragraph back to
	 * its last colon ({@link String#lastIndexOf}).
	 */
	private static int lastColonNearEnd(String paragraph) {
		int limit = Math.max(0, paragraph.length() - MAX_TRAILING_CREDIT);
		for (int i = paragraph.length() - 1; i >= limit; i--) {
			if (paragraph.charAt(i) == ':') {
				return i;
			}
		}
		return -1;
	}

}
