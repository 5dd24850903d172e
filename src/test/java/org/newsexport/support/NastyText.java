package org.newsexport.support;

import java.util.List;
import java.util.Random;

/**
 * Random lines and texts made of the characters that the fast paths of the per-line scans
 * treat apart: ASCII and non-ASCII letters, digits, spaces and marks of every kind, the
 * characters whose lower case depends on the word (the Greek capital sigma, the dotted
 * capital I), combining marks, surrogate pairs and lone surrogates, apostrophes,
 * separators and stop words of several languages. For tests that compare a fast scan with
 * the plain one it replaces.
 */
public final class NastyText {

	private static final List<String> PIECES = List.of("the", "The", "THE", "and", "of", "it's", "It’s", "don't",
			"l'homme", "d'État", "L’", "qu'il", "dʼun", "de", "que", "und", "для", "что", "Что", "که", "این", "كه", "ی",
			"ۀ", "için", "İçin", "İ", "ı", "Σ", "ΟΔΟΣ", "σ", "ς", "e\u0307", "\u0307", "a\u0307\u0307'b", "नहीं",
			"बदलेगी", "政府", "表示", "。", "한국어", "ß", "ẞ", "É", "é", "Ⅻ", "Ⓐ", "½", "٣", "३", "\uD835\uDC00",
			"\uD83D\uDE00", "\uD800", "\uDC00", "\u20DD", "\u0301", "Home", "News", "U.S.", "a.m.", "Obama", "12:45",
			"1,087", "3", "2022", " ", " ", " ", "  ", "\t", "\u00A0", "\u2007", "\u3000", "\u2028", "\u200B", "\uFEFF",
			"\u200C", "\u001F", "\u000B", "|", " | ", " / ", "/", " > ", ">", "<", "«", "»", "›", "‹", "·", "•", "▸",
			"◦", "‣", "→", "←", "'", "’", "ʼ", "\"", "“", "”", "(", ")", ".", "!", "?", "…", ",", ":", "-", " - ", "؟",
			"।", "！", "x", "Q", "z", "0", "\u0000");

	private final Random random;

	public NastyText(long seed) {
		this.random = new Random(seed);
	}

	/** A line of up to {@code maxPieces} pieces, without line ends. */
	public String line(int maxPieces) {
		StringBuilder line = new StringBuilder();
		int pieces = random.nextInt(maxPieces + 1);
		for (int i = 0; i < pieces; i++) {
			line.append(PIECES.get(random.nextInt(PIECES.size())));
		}
		return line.toString();
	}

	/** A text of up to {@code maxLines} lines, with every kind of line end. */
	public String text(int maxLines, int maxPieces) {
		StringBuilder text = new StringBuilder();
		int lines = random.nextInt(maxLines + 1);
		for (int i = 0; i < lines; i++) {
			text.append(line(maxPieces)).append(List.of("\n", "\r\n", "\r", "\n\n").get(random.nextInt(4)));
		}
		return random.nextBoolean() ? text + line(maxPieces) : text.toString();
	}

	public int nextInt(int bound) {
		return random.nextInt(bound);
	}

}
