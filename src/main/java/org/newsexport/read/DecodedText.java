package org.newsexport.read;

/**
 * The result of decoding a file's bytes: the text and the charset it was read with, or
 * why it is not text.
 *
 * @param text the decoded text, or {@code null} when the bytes are not text
 * @param charset the name of the charset used, e.g. "UTF-8" or "windows-1252"
 * @param problem what is wrong with the bytes when {@code text} is {@code null}
 */
public record DecodedText(String text, String charset, String problem) {

	static DecodedText text(String text, String charset) {
		return new DecodedText(text, charset, null);
	}

	static DecodedText notText(String problem) {
		return new DecodedText(null, null, problem);
	}

	public boolean isText() {
		return text != null;
	}

}
