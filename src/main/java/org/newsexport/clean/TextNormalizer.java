package org.newsexport.clean;

import java.util.ArrayList;
import java.util.List;

import org.newsexport.language.Chars;

/**
 * Splits scraped text into lines and normalises their white space, so that rules written with plain spaces match
 * whatever the page used (no-break spaces, tabs, zero-width characters).
 */
public final class TextNormalizer {

	private static final String BULLETS = "•·▪◦‣●■▸►";

	/** Splits on CRLF, LF and lone CR; a missing final line end is fine and a trailing one adds no line. */
	public List<NormalizedLine> lines(String text) {
		List<NormalizedLine> lines = new ArrayList<>();
		char[] chars = text.toCharArray();
		int start = 0;
		int number = 1;
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c == '\n' || c == '\r') {
				lines.add(line(number++, text, chars, start, i));
				if (c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < chars.length) {
			lines.add(line(number, text, chars, start, chars.length));
		}
		return lines;
	}

	private static NormalizedLine line(int number, String text, char[] chars, int start, int end) {
		String normalized = isNormal(chars, start, end) ? text.substring(start, end) : normalize(chars, start, end);
		return new NormalizedLine(number, normalized, withoutLeadingBullets(normalized));
	}

	/**
	 * Whether {@link #normalize} would leave {@code text[start, end)} as it is: no invisible character, and no space
	 * but single plain spaces between other characters. Most lines are, and are then cut from the text as they are.
	 */
	private static boolean isNormal(char[] text, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = text[i];
			if (c > ' ' && c < 128) {
				continue; // printable ASCII: neither a space nor invisible
			}
			if (c == ' ') {
				if (i == start || i + 1 == end || text[i + 1] == ' ') {
					return false;
				}
			}
			else if ((Chars.of(c) & Chars.SPACE) != 0 || isInvisible(c)) {
				return false;
			}
		}
		return true;
	}

	/** White space of any kind becomes one space, invisible characters go, and the result is trimmed. */
	private static String normalize(char[] text, int start, int end) {
		char[] out = new char[end - start];
		int length = 0;
		boolean pendingSpace = false;
		for (int i = start; i < end; i++) {
			char c = text[i];
			if (isInvisible(c)) {
				continue;
			}
			if ((Chars.of(c) & Chars.SPACE) != 0) {
				pendingSpace = length > 0;
				continue;
			}
			if (pendingSpace) {
				out[length++] = ' ';
				pendingSpace = false;
			}
			out[length++] = c;
		}
		return new String(out, 0, length);
	}

	// Zero-width joiners (U+200C, U+200D) are left alone: Persian spelling and emoji need them.
	private static boolean isInvisible(char c) {
		return c == '\u200B' || c == '\u2060' || c == '\uFEFF';
	}

	private static String withoutLeadingBullets(String line) {
		int i = 0;
		while (i < line.length() && (BULLETS.indexOf(line.charAt(i)) >= 0 || line.charAt(i) == ' ')) {
			i++;
		}
		return i == 0 ? line : line.substring(i);
	}

}
