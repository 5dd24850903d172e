package org.newsexport.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	/** Characters by how seldom they are in English text, the rarest first: anchors are picked from the start. */
	private static final String LETTERS_RAREST_FIRST = "qjzxkvbpgwyfmculdrhsnioate";

	private final List<String> texts;

	/** The texts as they are, for {@link #startsAt}. */
	private final String[] asWritten;

	/** The texts, each char folded. */
	private final char[][] folded;

	/** For each text, the position of the character it is looked for by. */
	private final int[] anchors;

	/** For each text, every character that equals its anchor ignoring case. */
	private final char[][] anchorForms;

	/** For each text, the {@link #mask} bits of its characters: a line without one of them cannot hold it. */
	private final long[] needs;

	private RequiredText(List<String> texts) {
		this.texts = List.copyOf(texts);
		this.asWritten = this.texts.toArray(String[]::new);
		this.folded = new char[texts.size()][];
		this.anchors = new int[texts.size()];
		this.anchorForms = new char[texts.size()][];
		this.needs = new long[texts.size()];
		for (int index = 0; index < texts.size(); index++) {
			String text = texts.get(index);
			if (text.isEmpty()) {
				throw new IllegalArgumentException("a required text is empty");
			}
			char[] chars = new char[text.length()];
			for (int at = 0; at < chars.length; at++) {
				chars[at] = fold(text.charAt(at));
			}
			folded[index] = chars;
			needs[index] = mask(text);
			anchors[index] = anchor(text);
			anchorForms[index] = forms(text.charAt(anchors[index]));
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

	/**
	 * Whether one of the texts occurs in the line (always, when there are no texts). Each text is looked for by one
	 * of its characters, the one with the fewest forms and the rarest (a sign before a letter, "y" before "e", a
	 * space last), with {@link String#indexOf(int, int)} for each form of it, which is much faster than a loop over
	 * the line's characters; only where it is found is the rest of the text compared.
	 */
	public boolean isIn(String line) {
		return isIn(line, -1L);
	}

	/**
	 * {@link #isIn(String)}, given the line's {@link #mask}: a text with a character whose bit the mask lacks is not
	 * searched for. One pass over the line for the mask saves the searches of every rule's texts that cannot be there.
	 */
	public boolean isIn(String line, long lineMask) {
		for (int index = 0; index < folded.length; index++) {
			if ((needs[index] & ~lineMask) != 0) {
				continue;
			}
			int anchor = anchors[index];
			for (char form : anchorForms[index]) {
				for (int at = line.indexOf(form, anchor); at >= 0; at = line.indexOf(form, at + 1)) {
					if (startsAt(line, at - anchor, index)) {
						return true;
					}
				}
			}
		}
		return folded.length == 0;
	}

	private boolean startsAt(String line, int at, int index) {
		char[] chars = folded[index];
		String text = asWritten[index];
		if (at < 0 || line.length() - at < chars.length) {
			return false;
		}
		for (int offset = 0; offset < chars.length; offset++) {
			if (!same(line.charAt(at + offset), text.charAt(offset), chars[offset])) {
				return false;
			}
		}
		return true;
	}

	/** Whether the line's character {@code c} equals the text's character (given as it is and folded). */
	private static boolean same(char c, char textChar, char foldedTextChar) {
		return c == textChar || fold(c) == foldedTextChar;
	}

	/** The position of the character to look for the text by: the fewest forms, then the rarest. */
	private static int anchor(String text) {
		int best = 0;
		for (int at = 1; at < text.length(); at++) {
			if (cost(text.charAt(at)) < cost(text.charAt(best))) {
				best = at;
			}
		}
		return best;
	}

	private static int cost(char c) {
		int rarity = c == ' ' ? 100 : Math.max(0, LETTERS_RAREST_FIRST.indexOf(Character.toLowerCase(c)));
		return forms(c).length * 1000 + rarity;
	}

	/** Every character that equals {@code c} ignoring case ({@link #same}), {@code c} first. */
	private static char[] forms(char c) {
		StringBuilder forms = new StringBuilder().append(c);
		char folded = fold(c);
		for (char other : Forms.OF.getOrDefault(folded, new char[0])) {
			if (other != c) {
				forms.append(other);
			}
		}
		return forms.toString().toCharArray();
	}

	/** Every character folded, and the characters of each folded form that has more than one. */
	private static final class Forms {

		static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

		static final Map<Character, char[]> OF = build();

		private static Map<Character, char[]> build() {
			Map<Character, StringBuilder> forms = new HashMap<>();
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
				forms.computeIfAbsent(FOLDED[c], key -> new StringBuilder()).append((char) c);
			}
			Map<Character, char[]> of = new HashMap<>();
			forms.forEach((folded, chars) -> {
				if (chars.length() > 1 || chars.charAt(0) != folded) {
					of.put(folded, chars.toString().toCharArray());
				}
			});
			return Map.copyOf(of);
		}

	}

	/**
	 * Which characters a text holds, ignoring case as {@link #isIn} does: for each character whose folded form is
	 * ASCII, bit {@code folded & 63} (a few characters share a bit, which only makes the mask less selective). A text
	 * can occur in a line only if every bit of its mask is in the line's.
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
