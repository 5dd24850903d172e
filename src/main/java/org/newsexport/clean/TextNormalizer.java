package org.newsexport.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scraped text into lines and normalises their white space, so that rules written with plain spaces match
 * whatever the page used (no-break spaces, tabs, zero-width characters).
 */
public final class TextNormalizer {

	private static final String BULLETS = "•·▪◦‣●■▸►";

	/** Splits on CRLF, LF and lone CR; a missing final line end is fine and a trailing one adds no line. */
	public List<NormalizedLine> lines(String text) {
		List<NormalizedLine> lines = new ArrayList<>();
		int start = 0;
		int number = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(line(number++, text, start, i));
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(line(number, text, start, text.length()));
		}
		return lines;
	}

	private static NormalizedLine line(int number, String text, int start, int end) {
		String normalized = normalize(text, start, end);
		return new NormalizedLine(number, normalized, withoutLeadingBullets(normalized));
	}

	/** White space of any kind becomes one space, invisible characters go, and the result is trimmed. */
	private static String normalize(CharSequence text, int start, int end) {
		StringBuilder out = new StringBuilder(end - start);
		boolean pendingSpace = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (isInvisible(c)) {
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				pendingSpace = out.length() > 0;
				continue;
			}
			if (pendingSpace) {
				out.append(' ');
				pendingSpace = false;
			}
			out.append(c);
		}
		return out.toString();
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
