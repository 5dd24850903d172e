package org.newsexport.extract;

import org.newsexport.article.Article;
import org.newsexport.article.Paragraph;
import org.newsexport.article.Quote;
import org.newsexport.article.RemovedLine;

/** The hand-readable form of an extracted article that the golden files hold. */
final class ArticleRendering {

	private ArticleRendering() {
	}

	static String render(Article article) {
		StringBuilder out = new StringBuilder();
		out.append("title: ").append(article.title()).append('\n');
		out.append("standfirst: ").append(article.standfirst()).append('\n');
		out.append("byline: ").append(article.byline()).append('\n');
		out.append("authors: ").append(String.join("; ", article.authors())).append('\n');
		out.append("dateline: ").append(article.dateline()).append('\n');
		out.append("agency: ").append(article.agency()).append('\n');
		out.append("section: ").append(article.section()).append('\n');
		out.append("published_date: ").append(article.publishedDate()).append('\n');
		out.append("== paragraphs\n");
		for (Paragraph paragraph : article.paragraphs()) {
			out.append(paragraph.position())
				.append(' ')
				.append(paragraph.kind().code())
				.append(": ")
				.append(paragraph.text())
				.append('\n');
		}
		out.append("== removed_lines\n");
		for (RemovedLine line : article.removedLines()) {
			out.append(line.lineNumber()).append(' ').append(line.rule()).append(": ").append(line.text()).append('\n');
		}
		out.append("== quotes\n");
		for (Quote quote : article.quotes()) {
			out.append(quote.paragraphPosition())
				.append(' ')
				.append(quote.speaker())
				.append(": ")
				.append(quote.text())
				.append('\n');
		}
		return out.toString();
	}

}
