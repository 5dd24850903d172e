package org.newsexport.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A cleaned article with its extracted structure. Optional fields are {@code null} when
 * the text does not state them.
 *
 * @param standfirst the summary under the headline, e.g. "The march marks two years since
 * ..."
 * @param byline the byline as printed, e.g. "By Jane Doe and John Roe | Example Times"
 * @param authors the names the byline gives, in its order, e.g. "Jane Doe", "John Roe";
 * empty when it gives none
 * @param dateline e.g. "TEHRAN, Jan. 01 (MNA)"
 * @param agency the news agency credited in the dateline or a credit line, e.g. "MNA"
 * @param section from a breadcrumb such as "News / Iraq"
 * @param language ISO 639-1 code of the article's language, e.g. "en"
 * @param paragraphs the kept paragraphs, title excluded
 * @param removedLines every line the cleaner removed, in source order
 * @param quotes the quotations in the paragraphs, in order
 */
public record Article(String docId, String sourcePath, String sourceSha256, long sourceBytes, String title,
		String standfirst, String byline, List<String> authors, String dateline, String agency, String section,
		String language, LocalDate publishedDate, List<Paragraph> paragraphs, List<RemovedLine> removedLines,
		List<Quote> quotes) implements ExportRecord {

	public Article {
		Objects.requireNonNull(docId, "docId");
		Objects.requireNonNull(sourcePath, "sourcePath");
		authors = List.copyOf(authors);
		paragraphs = List.copyOf(paragraphs);
		removedLines = List.copyOf(removedLines);
		quotes = List.copyOf(quotes);
	}

	/** An article without a standfirst or a byline. */
	public Article(String docId, String sourcePath, String sourceSha256, long sourceBytes, String title,
			String dateline, String agency, String section, String language, LocalDate publishedDate,
			List<Paragraph> paragraphs, List<RemovedLine> removedLines, List<Quote> quotes) {
		this(docId, sourcePath, sourceSha256, sourceBytes, title, null, null, List.of(), dateline, agency, section,
				language, publishedDate, paragraphs, removedLines, quotes);
	}

	/**
	 * The article's text as a reader sees it: the title, the standfirst, the byline and
	 * the body, a blank line between them, the missing ones left out.
	 */
	public String fullText() {
		StringBuilder text = new StringBuilder();
		for (String part : new String[] { title, standfirst, byline }) {
			if (part != null && !part.isEmpty()) {
				text.append(part).append("\n\n");
			}
		}
		return text.append(body()).toString();
	}

	/** The kept paragraphs, a blank line between them. */
	public String body() {
		return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
	}

	public int wordCount() {
		return paragraphs.stream().mapToInt(Paragraph::wordCount).sum();
	}

	/**
	 * Length of {@link #body()} in Unicode code points (what Python's {@code len} gives).
	 */
	public int charCount() {
		String body = body();
		return body.codePointCount(0, body.length());
	}

}
