package org.newsexport.article;

/**
 * The role of a kept paragraph; the lower-case name is the value of
 * {@code paragraphs.kind}.
 */
public enum ParagraphKind {

	/** A sub-heading inside the article. */
	HEADING,
	/** Running text. */
	BODY,
	/** A photo or video caption, or a credit line such as "(Photo by AFP)". */
	CAPTION,
	/**
	 * A paragraph that is a quotation as a whole, e.g. a pull quote or a quoted
	 * statement.
	 */
	QUOTE,
	/** An item of a bulleted or numbered list. */
	LIST_ITEM;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
