package org.newsexport.report;

import java.util.Locale;

/**
 * Text made safe for the report's XHTML: every value a report shows (paths, rule names,
 * reasons, doc ids) is data, so all of it goes through {@link #escape}. Characters that
 * XML cannot hold (control characters, lone surrogates) become U+FFFD, so that the page
 * stays well-formed XML as well as HTML.
 */
final class Html {

	private Html() {
	}

	/** The text escaped for an element's content or a quoted attribute value. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else if (allowed(c)) {
						out.append(c);
					}
					else {
						out.append('\uFFFD');
					}
				}
			}
		}
		return out.toString();
	}

	/** Whether XML 1.0 allows the (non-surrogate) character; a lone surrogate is not. */
	private static boolean allowed(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}

	/** The text cut to at most {@code max} characters, with an ellipsis when cut. */
	static String shorten(String text, int max) {
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
	}

	/** A whole number with thousands separators: {@code 12,345}. */
	static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** Seconds with one decimal: {@code 12.3 s}; a dash when unknown. */
	static String seconds(Double seconds) {
		return seconds == null ? "–" : String.format(Locale.ROOT, "%,.1f s", seconds);
	}

	/**
	 * A number for a data attribute or an SVG coordinate: no grouping, a dot as decimal
	 * separator.
	 */
	static String plain(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.3f", value);
	}

}
