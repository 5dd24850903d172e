package org.newsexport.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule's {@code requires:} list: texts of which at least one must occur in a line,
 * ignoring case, before the rule's pattern is tried on it. A cheap scan for a few texts
 * saves the regex engine a search through every line for a pattern that cannot match
 * without one of them (a copyright notice needs "©", "(c)", "copyright" or "all rights
 * reserved"). The rule matches a line when a text occurs in it and the pattern is found
 * in it; the texts must therefore be ones the pattern cannot match without, or the rule
 * misses lines.
 * <p>
 * Case is ignored character by character, as broadly as Java's {@code (?iu)}: a character
 * of the line equals one of the text when they are the same or have the same
 * {@code Character.toLowerCase(Character.toUpperCase(c))}; this includes {@code (?i)}'s
 * ASCII-only folding, so texts written for either flag are never too strict.
 */
public final class RequiredText {

	/** No texts: every line is searched with the pattern. */
	public static final RequiredText NONE = new RequiredText(List.of());

	private final List<String> texts;

	/** The texts as written. */
	private final String[] asWritten;

	/** The texts, each char folded. */
	private final char[][] folded;

	/**
	 * For each text, whether it is found as it is written: each of its characters is its
	 * own fold and no other character folds to it ("©", ":0", " / "), so
	 * {@link String#indexOf(String)} in the line finds it.
	 */
	private final boolean[] exact;

	/** For each text, the position of the character it is looked for by. */
	private final int[] anchors;

	/** For each text, every character that equals its anchor ignoring case. */
	private final char[][] anchorForms;

	/**
	 * For each text, the {@link #mask} bits of its characters: a line without one of them
	 * cannot hold it.
	 */
	private final long[] needs;

	private RequiredText(List<String> texts) {
		this.texts = List.copyOf(texts);
		this.asWritten = this.texts.toArray(String[]::new);
		this.folded = new char[texts.size()][];
		this.exact = new boolean[texts.size()];
		this.anchors = new int[texts.size()];
		this.anchorForms = new char[texts.size()][];
		this.needs = new long[texts.size()];
		for (int index = 0; index < texts.size(); index++) {
			String text = texts.get(index);
			if (text.isEmpty()) {
				throw new IllegalArgumentException("a required text is empty");
			}
			char[] chars = new char[text.length()];
			boolean alone = true;
			for (int at = 0; at < chars.length; at++) {
				chars[at] = fold(text.charAt(at));
				alone &= Forms.of(text.charAt(at)).length == 1 && chars[at] == text.charAt(at);
			}
			folded[index] = chars;
			exact[index] = alone;
			needs[index] = mask(text);
			anchors[index] = anchor(text);
			anchorForms[index] = Forms.of(text.charAt(anchors[index]));
		}
	}

	/**
	 * @param texts one or more non-empty texts, or none for {@link #NONE}
	 * @throws IllegalArgumentException when a text is empty
	 */
	public static RequiredText of(List<String> texts) {
		return texts.isEmpty() ? NONE : new RequiredText(texts);
	}

	public List<String> texts() {
		return texts;
	}

	/** Whether one of the texts occurs in the line (always, when there are no texts). */
	public boolean isIn(String line) {
		return isIn(line, mask(line));
	}

	/**
	 * {@link #isIn(String)}, given the line's {@link #mask}, made once for every rule's
	 * texts: a text with a character whose bit the mask lacks is not searched for. A text
	 * whose characters have no other form is found by {@link String#indexOf(String)};
	 * another by one of its characters, the cheapest to find by its forms and how often
	 * it stands in text ({@link #cost}: ':' or '(' before "y", "y" before "e", a space
	 * among the last), with {@link String#indexOf(int, int)} for each form of it, the
	 * rest of the text compared folded only where that is found. No copy of the line is
	 * made.
	 */
	public boolean isIn(String line, long lineMask) {
		for (int index = 0; index < folded.length; index++) {
			if ((needs[index] & ~lineMask) != 0) {
				continue;
			}
			if (exact[index]) {
				if (line.indexOf(asWritten[index]) >= 0) {
					return true;
				}
				continue;
			}
			int anchor = anchors[index];
			for (char form : anchorForms[index]) {
				for (int at = line.indexOf(form, anchor); at >= 0; at = line.indexOf(form, at + 1)) {
					if (startsAt(line, at - anchor, folded[index])) {
						return true;
					}
				}
			}
		}
		return folded.length == 0;
	}

	private static boolean startsAt(String line, int at, char[] text) {
		if (at < 0 || line.length() - at < text.length) {
			return false;
		}
		for (int offset = 0; offset < text.length; offset++) {
			if (fold(line.charAt(at + offset)) != text[offset]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The position of the character to look for the text by: the cheapest to find
	 * ({@link #cost}).
	 */
	private static int anchor(String text) {
		int best = 0;
		for (int at = 1; at < text.length(); at++) {
			if (cost(text.charAt(at)) < cost(text.charAt(best))) {
				best = at;
			}
		}
		return best;
	}

	/**
	 * What looking for a character costs: a scan of the line per form of it, and a
	 * comparison wherever it stands, so its forms times (a scan, 4, plus how often it
	 * stands in English text, per mille).
	 */
	private static int cost(char c) {
		return Forms.of(c).length * (4 + perMille(fold(c)));
	}

	/**
	 * Per mille of the characters of English text, roughly: a space 160, "e" 100, "q" 1;
	 * a digit 5, a sign 2.
	 */
	private static int perMille(char folded) {
		int rank = LETTERS_COMMONEST_FIRST.indexOf(folded);
		if (rank >= 0) {
			return LETTER_PER_MILLE[rank];
		}
		return switch (folded) {
			case ' ' -> 160;
			case '.', ',' -> 10;
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> 5;
			default -> folded < 128 ? 2 : 1;
		};
	}

	private static final String LETTERS_COMMONEST_FIRST = "etaoinshrdlcumwfgypbvkjxqz";

	private static final int[] LETTER_PER_MILLE = { 100, 70, 65, 60, 60, 57, 53, 50, 50, 35, 33, 22, 22, 20, 19, 18, 16,
			16, 15, 12, 8, 6, 1, 1, 1, 1 };

	/** Every character folded, and the forms of each. */
	private static final class Forms {

		static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

		private static final Map<Character, char[]> BY_FOLD;

		static {
			Map<Character, StringBuilder> forms = new HashMap<>();
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
				forms.computeIfAbsent(FOLDED[c], key -> new StringBuilder()).append((char) c);
			}
			Map<Character, char[]> byFold = new HashMap<>();
			forms.forEach((folded, chars) -> byFold.put(folded, chars.toString().toCharArray()));
			BY_FOLD = Map.copyOf(byFold);
		}

		/** Every character whose fold is that of {@code c}, {@code c} first. */
		static char[] of(char c) {
			StringBuilder of = new StringBuilder().append(c);
			for (char other : BY_FOLD.getOrDefault(FOLDED[c], new char[0])) {
				if (other != c) {
					of.append(other);
				}
			}
			return of.toString().toCharArray();
		}

	}

	/**
	 * Which characters a text holds, ignoring case as {@link #isIn} does: for each
	 * character whose folded form is ASCII, bit {@code folded & 63} (a few characters
	 * share a bit, which only makes the mask less selective). A text can occur in a line
	 * only if every bit of its mask is in the line's.
	 */
	public static long mask(CharSequence text) {
		long mask = 0;
		for (int at = 0; at < text.length(); at++) {
			char folded = fold(text.charAt(at));
			if (folded < 128) {
				mask |= 1L << (folded & 63);
			}
		}
		return mask;
	}

	/** {@code Character.toLowerCase(Character.toUpperCase(c))}, from a table. */
	private static char fold(char c) {
		return Forms.FOLDED[c];
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RequiredText required && texts.equals(required.texts);
	}

	@Override
	public int hashCode() {
		return Objects.hash(texts);
	}

	@Override
	public String toString() {
		return texts.toString();
	}

}
