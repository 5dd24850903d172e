package org.newsexport.article;

import java.util.Objects;

/**
 * A kept paragraph of an article.
 *
 * @param position 0-based position among the article's kept paragraphs
 * @param wordCount {@link Words#count} of the text, counted once where the paragraph is
 * made (on the thread that cleans the file) rather than each time a dataset row asks for
 * it
 */
public record Paragraph(int position, ParagraphKind kind, String text, int wordCount) {

	public Paragraph {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
	}

	public Paragraph(int position, ParagraphKind kind, String text) {
		this(position, kind, Objects.requireNonNull(text, "text"), Words.count(text));
	}

	/** As a record without the derived word count would print it. */
	@Override
	public String toString() {
		return "Paragraph[position=" + position + ", kind=" + kind + ", text=" + text + "]";
	}

}
