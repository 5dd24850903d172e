package org.newsexport.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsexport.language.Chars;

/**
 * Splits scraped text into lines and normalises their white space, so that rules written
 * with plain spaces match whatever the page used (no-break spaces, tabs, zero-width
 * characters).
 */
public final class TextNormalizer {

	private static final String BULLETS = "•·▪◦‣●■▸►";

	/**
	 * Splits on CRLF, LF and lone CR; a missing final line end is fine and a trailing one
	 * adds no line.
	 */
	public List<NormalizedLine> lines(String text) {
		List<NormalizedLine> lines = new ArrayList<>();
		scan(text, (line, chars, start) -> lines.add(line));
		return lines;
	}

	/** Takes each line of {@link #scan} with the characters of its text. */
	interface LineSink {

		/**
		 * @param line the line, as {@link #lines} gives it
		 * @param chars holds the characters of {@code line.text()} from {@code start} on
		 * (the whole text's array when the line needed no change, else an array of its
		 * own); not to be changed
		 */
		void accept(NormalizedLine line, char[] chars, int start);

	}

	/**
	 * {@link #lines} handed to {@code sink} one by one, each with its characters in an
	 * array, so that a caller that scans them needs no copy of its own. One pass over the
	 * text finds the line ends and tells on the way whether {@link #normalize} would
	 * leave a line as it is: no invisible character, and no space but single plain spaces
	 * between other characters (a space followed by a line break or the text's end ends
	 * its line). Most lines are, and are then cut from the text as they are.
	 */
	void scan(String text, LineSink sink) {
		char[] chars = text.toCharArray();
		int length = chars.length;
		int start = 0;
		int number = 1;
		boolean normal = true;
		for (int i = 0; i < length; i++) {
			char c = chars[i];
			if (c > ' ' && c < 128) {
				continue; // printable ASCII: neither a line break, a space nor invisible
			}
			if (c == '\n' || c == '\r') {
				line(number++, text, chars, start, i, normal, sink);
				if (c == '\r' && i + 1 < length && chars[i + 1] == '\n') {
					i++;
				}
				start = i + 1;
				normal = true;
			}
			else if (c == ' ') {
				if (i == start || i + 1 == length || isSpaceOrLineBreak(chars[i + 1])) {
					normal = false;
				}
			}
			else if ((Chars.of(c) & Chars.SPACE) != 0 || isInvisible(c)) {
				normal = false;
			}
		}
		if (start < length) {
			line(number, text, chars, start, length, normal, sink);
		}
	}

	/** After a space: another space, or the end of its line. */
	private static boolean isSpaceOrLineBreak(char c) {
		return c == ' ' || c == '\n' || c == '\r';
	}

	private static void line(int number, String text, char[] chars, int start, int end, boolean normal, LineSink sink) {
		if (normal) {
			String line = text.substring(start, end);
			sink.accept(new NormalizedLine(number, line, withoutLeadingBullets(line)), chars, start);
		}
		else {
			char[] normalized = normalize(chars, start, end);
			String line = new String(normalized);
			sink.accept(new NormalizedLine(number, line, withoutLeadingBullets(line)), normalized, 0);
		}
	}

	/**
	 * White space of any kind becomes one space, invisible characters go, and the result
	 * is trimmed.
	 */
	private static char[] normalize(char[] text, int start, int end) {
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
		return length == out.length ? out : Arrays.copyOf(out, length);
	}

	// Zero-width joiners (U+200C, U+200D) are left alone: Persian spelling and emoji need
	// them.
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
