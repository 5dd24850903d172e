package org.newsexport.article;

import java.util.Objects;

/**
 * A kept paragraph of an article.
 *
 * @param position 0-based position among the article's kept paragraphs
 */
public record Paragraph(int position, ParagraphKind kind, String text) {

	public Paragraph {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
	}

	public int wordCount() {
		return Words.count(text);
	}

}
