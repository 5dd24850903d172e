package org.newsexport.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes scraped files: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); otherwise
 * UTF-8 — with the odd broken sequence replaced by U+FFFD when there are at most one per
 * thousand bytes — and otherwise windows-1252, the usual charset of text that is not
 * UTF-8 on the web. Bytes with NULs or many control characters are not text.
 */
public final class TextDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * Share of control characters (other than tab, line ends and form feed) above which a
	 * file is not text.
	 */
	private static final double MAX_CONTROL_SHARE = 0.01;

	public DecodedText decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE);
		}
		for (byte b : bytes) {
			if (b == 0) {
				return DecodedText.notText("NUL bytes: binary data, or UTF-16 without a byte-order mark");
			}
		}
		// String's own decoder is several times faster than a CharsetDecoder. It replaces
		// every malformed sequence by U+FFFD, so a result without one is what the strict
		// decoder gives; with one, the strict decoder decides.
		String fast = new String(bytes, StandardCharsets.UTF_8);
		if (fast.indexOf('\uFFFD') < 0) {
			return checked(fast, StandardCharsets.UTF_8);
		}
		DecodedText utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
		if (utf8.isText()) {
			return utf8;
		}
		// Mostly UTF-8 with a few broken sequences (a truncated file, a bad copy): keep
		// it, mark the bad bytes.
		DecodedText lenientUtf8 = lenient(bytes, StandardCharsets.UTF_8);
		if (lenientUtf8.isText() && replacements(lenientUtf8.text()) <= Math.max(1, bytes.length / 1000)) {
			return lenientUtf8;
		}
		return lenient(bytes, WINDOWS_1252);
	}

	private static DecodedText strict(byte[] bytes, int offset, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer chars;
		try {
			chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
		}
		catch (CharacterCodingException ex) {
			return DecodedText.notText("not valid " + charset.name());
		}
		return checked(chars.toString(), charset);
	}

	private static DecodedText checked(String text, Charset charset) {
		if (controlShare(text) > MAX_CONTROL_SHARE) {
			return DecodedText.notText("control characters: binary data");
		}
		return DecodedText.text(text, charset.name());
	}

	/** Decodes with U+FFFD for bytes that are not valid in the charset. */
	private static DecodedText lenient(byte[] bytes, Charset charset) {
		String text = new String(bytes, charset);
		if (controlShare(text) > MAX_CONTROL_SHARE) {
			return DecodedText.notText("control characters: binary data");
		}
		return DecodedText.text(text, charset.name());
	}

	private static int replacements(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\uFFFD') {
				count++;
			}
		}
		return count;
	}

	private static double controlShare(String text) {
		if (text.isEmpty()) {
			return 0;
		}
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F || c == 0) {
				controls++;
			}
		}
		return (double) controls / text.length();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
