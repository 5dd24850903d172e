package org.newsexport.eval;

import org.newsexport.article.Article;

/**
 * What part of an extracted article is scored against a gold text. Gold sets follow
 * different conventions: some keep the headline, the standfirst and the byline as lines
 * of the article (Dragnet's, CLEANEVAL's), others report them apart and hold the body
 * alone (Readability's). The export keeps them in their own columns, so a page is scored
 * on the text its gold's convention holds, and on the plain {@code body} column for
 * comparison.
 */
public enum ArticleView {

	/**
	 * Title (when the page prints it), standfirst, byline and body, as
	 * {@link Article#fullText()} joins them.
	 */
	ARTICLE("article", "title, standfirst, byline, body"),
	/** The {@code body} column alone. */
	BODY("body", "body only");

	private final String code;

	private final String description;

	ArticleView(String code, String description) {
		this.code = code;
		this.description = description;
	}

	/** The name the {@code --convention} option takes. */
	public String code() {
		return code;
	}

	public String description() {
		return description;
	}

	/**
	 * The text of this view; an article with no paragraph is rejected as no_content by
	 * the job: empty. The article view holds the title only when the page prints it, on a
	 * line of its own below its first: a scraped page's first line is its
	 * {@code <title>}, which readers do not see, often with the site's name beside the
	 * headline.
	 * @param source the scraped page
	 */
	String text(Article article, String source) {
		if (article.paragraphs().isEmpty()) {
			return "";
		}
		if (this == BODY) {
			return article.body();
		}
		boolean printed = article.title() != null
				&& source.lines().skip(1).anyMatch(line -> normalized(line).equals(normalized(article.title())));
		return (printed ? article : withoutTitle(article)).fullText();
	}

	private static String normalized(String line) {
		return line.strip().replaceAll("\\s+", " ");
	}

	private static Article withoutTitle(Article a) {
		return new Article(a.docId(), a.sourcePath(), a.sourceSha256(), a.sourceBytes(), null, a.standfirst(),
				a.byline(), a.authors(), a.dateline(), a.agency(), a.section(), a.language(), a.publishedDate(),
				a.paragraphs(), a.removedLines(), a.quotes());
	}

	/**
	 * @throws IllegalArgumentException for a name that is no view
	 */
	public static ArticleView of(String code) {
		for (ArticleView view : values()) {
			if (view.code.equals(code)) {
				return view;
			}
		}
		throw new IllegalArgumentException("unknown article view '" + code + "': article or body");
	}

}
