package org.newsexport.clean;

import java.util.List;
import java.util.Objects;

/**
 * A rule's {@code requires:} list: texts of which at least one must occur in a line, ignoring case, before the
 * rule's pattern is tried on it. A cheap scan for a few texts saves the regex engine a search through every line for
 * a pattern that cannot match without one of them (a copyright notice needs "©", "(c)", "copyright" or "all rights
 * reserved"). The rule matches a line when a text occurs in it and the pattern is found in it; the texts must
 * therefore be ones the pattern cannot match without, or the rule misses lines.
 * <p>
 * Case is ignored character by character, as broadly as Java's {@code (?iu)}: a character of the line equals one of
 * the text when they are the same or have the same {@code Character.toLowerCase(Character.toUpperCase(c))}; this
 * includes {@code (?i)}'s ASCII-only folding, so texts written for either flag are never too strict.
 */
public final class RequiredText {

	/** No texts: every line is searched with the pattern. */
	public static final RequiredText NONE = new RequiredText(List.of());

	private final List<String> texts;

	/** The texts, each char folded: one occurs in a line when it occurs in the line folded. */
	private final String[] folded;

	/** For each text, the {@link #mask} bits of its characters: a line without one of them cannot hold it. */
	private final long[] needs;

	private RequiredText(List<String> texts) {
		this.texts = List.copyOf(texts);
		this.folded = new String[texts.size()];
		this.needs = new long[texts.size()];
		for (int index = 0; index < texts.size(); index++) {
			String text = texts.get(index);
			if (text.isEmpty()) {
				throw new IllegalArgumentException("a required text is empty");
			}
			folded[index] = fold(text).text();
			needs[index] = mask(text);
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
		return isIn(fold(line));
	}

	/**
	 * {@link #isIn(String)} of a line {@linkplain #fold folded} once for every rule's texts: a text with a character
	 * whose bit the line's mask lacks is not searched for, and the others are found by {@link String#indexOf(String)}
	 * in the folded line, which compares each of its characters folded, as {@code (?iu)} does.
	 */
	public boolean isIn(Folded line) {
		for (int index = 0; index < folded.length; index++) {
			if ((needs[index] & ~line.mask()) == 0 && line.text().indexOf(folded[index]) >= 0) {
				return true;
			}
		}
		return folded.length == 0;
	}

	/**
	 * A line as {@link #isIn(Folded)} compares it.
	 *
	 * @param text the line with each char folded ({@code Character.toLowerCase(Character.toUpperCase(c))})
	 * @param mask the line's {@link RequiredText#mask}
	 */
	public record Folded(String text, long mask) {
	}

	/** The line folded, and its mask, in one pass; the line itself when folding changes none of its chars. */
	public static Folded fold(String line) {
		long mask = 0;
		char[] chars = null;
		for (int at = 0; at < line.length(); at++) {
			char c = line.charAt(at);
			char folded = Forms.FOLDED[c];
			if (folded < 128) {
				mask |= 1L << (folded & 63);
			}
			if (folded != c && chars == null) {
				chars = line.toCharArray();
			}
			if (chars != null) {
				chars[at] = folded;
			}
		}
		return new Folded(chars == null ? line : new String(chars), mask);
	}

	/** Every character folded. */
	private static final class Forms {

		static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

		static {
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
			}
		}

	}

	/**
	 * Which characters a text holds, ignoring case as {@link #isIn} does: for each character whose folded form is
	 * ASCII, bit {@code folded & 63} (a few characters share a bit, which only makes the mask less selective). A text
	 * can occur in a line only if every bit of its mask is in the line's. {@link #fold} gives a line's.
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
