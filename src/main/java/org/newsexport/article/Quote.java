package org.newsexport.article;

import java.util.Objects;

/**
 * A quotation in an article.
 *
 * @param paragraphPosition the position of the paragraph that holds it
 * @param text the quoted words, without the quotation marks
 * @param speaker who said it, when the text attributes it ("…,” he said" resolved to the
 * last named person), else {@code null}
 */
public record Quote(int paragraphPosition, String text, String speaker) {

	public Quote {
		Objects.requireNonNull(text, "text");
	}

}
