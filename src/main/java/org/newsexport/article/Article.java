package org.newsexport.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A cleaned article with its extracted structure. Optional fields are {@code null} when the text does not state them.
 *
 * @param dateline e.g. "TEHRAN, Jan. 01 (MNA)"
 * @param agency the news agency credited in the dateline or a credit line, e.g. "MNA"
 * @param section from a breadcrumb such as "News / Iraq"
 * @param language ISO 639-1 code of the article's language, e.g. "en"
 * @param paragraphs the kept paragraphs, title excluded
 * @param removedLines every line the cleaner removed, in source order
 * @param quotes the quotations in the paragraphs, in order
 */
public record Article(String docId, String sourcePath, String sourceSha256, long sourceBytes, String title,
		String dateline, String agency, String section, String language, LocalDate publishedDate,
		List<Paragraph> paragraphs, List<RemovedLine> removedLines, List<Quote> quotes) implements ExportRecord {

	public Article {
		Objects.requireNonNull(docId, "docId");
		Objects.requireNonNull(sourcePath, "sourcePath");
		paragraphs = List.copyOf(paragraphs);
		removedLines = List.copyOf(removedLines);
		quotes = List.copyOf(quotes);
	}

	/** The kept paragraphs, a blank line between them. */
	public String body() {
		return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
	}

	public int wordCount() {
		return paragraphs.stream().mapToInt(Paragraph::wordCount).sum();
	}

	/** Length of {@link #body()} in Unicode code points (what Python's {@code len} gives). */
	public int charCount() {
		String body = body();
		return body.codePointCount(0, body.length());
	}

}
