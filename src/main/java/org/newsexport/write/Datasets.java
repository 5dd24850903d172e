package org.newsexport.write;

import static org.newsexport.write.Column.optional;
import static org.newsexport.write.Column.required;
import static org.newsexport.write.ColumnType.BOOLEAN;
import static org.newsexport.write.ColumnType.DATE;
import static org.newsexport.write.ColumnType.DOUBLE;
import static org.newsexport.write.ColumnType.INT32;
import static org.newsexport.write.ColumnType.INT64;
import static org.newsexport.write.ColumnType.STRING;
import static org.newsexport.write.ColumnType.TIMESTAMP;

import java.time.Instant;
import java.util.List;

import org.newsexport.article.Article;
import org.newsexport.article.Paragraph;
import org.newsexport.article.Quote;
import org.newsexport.article.Reject;
import org.newsexport.article.RemovedLine;
import org.newsexport.dedup.Duplicate;
import org.newsexport.read.FileChange;

/**
 * The datasets of an export, and how a record becomes their rows. Every dataset ends with
 * {@code export_sequence}: the sequence number of the export that made the row (an
 * incremental export carries the rows of unchanged files over from its base with the
 * base's values).
 */
public final class Datasets {

	/**
	 * Between the names of {@code articles.authors}, in Parquet as in CSV (one string
	 * column in both, so that the two formats read the same); a name never holds it, the
	 * byline's own separators being cut away.
	 */
	public static final String AUTHOR_SEPARATOR = "; ";

	/** The name of the last column of every dataset. */
	public static final String EXPORT_SEQUENCE = "export_sequence";

	private static final String SOURCE_PATH = "The path relative to the input directory, `/`-separated.";

	private static final String DOC_ID = "The article's `doc_id` in `articles`.";

	private static final String SEQUENCE = "The sequence number of the export that made the row: the base's for a row "
			+ "an incremental export carried over.";

	public static final DatasetSchema ARTICLES = new DatasetSchema("articles",
			"One row per input file that became an article.",
			List.of(required("doc_id", STRING).described("The path relative to the input directory without its "
					+ "extension, `.txt` or another one that `--include` lets in (the file stem for files at the top); "
					+ "`a.txt` and `a.TXT` both get `a`, their `source_path` tells them apart."),
					required("source_path", STRING).described(SOURCE_PATH),
					required("source_sha256", STRING).described("SHA-256 of the file's bytes, hex."),
					required("source_bytes", INT64).described("Size of the file in bytes."),
					optional("title", STRING).described("The headline: as the page prints it above the article when it "
							+ "does, else the first line (the page's `<title>`, which may carry the site's name); null "
							+ "when the file has none (e.g. it starts with a page date)."),
					optional("standfirst", STRING)
						.described("The summary under the headline (\"Residents chose the old "
								+ "boat over a new bridge.\"), when a byline or a date line follows it; not in `body`."),
					optional("byline", STRING).described("The byline as printed: `By Jane Doe and John Roe | Example "
							+ "Times`, `Posted on March 3, 2021 by Ann Poe`; not in `body`."),
					optional("authors", STRING).described("The names the byline gives, in its order, joined by `; ` (a "
							+ "semicolon and a space): `Jane Doe; John Roe`; the outlet, the role and the date left out; "
							+ "null without a byline. A plain string in Parquet as in CSV, so the two read alike; "
							+ "DuckDB: `string_split(authors, '; ')`."),
					optional("dateline", STRING).described("E.g. `TEHRAN, Jan. 01 (MNA)`."),
					optional("agency", STRING).described("The agency credited in the dateline or a credit line, e.g. "
							+ "`MNA`; not photo credits."),
					optional("section", STRING).described("From a breadcrumb: `News / Iraq` gives `Iraq`."),
					optional("language", STRING).described("ISO 639-1 code of the article's language, from the stop "
							+ "words of its kept lines; null when unsure or for a language without a stop-word list."),
					optional("published_date", DATE).described("The date the text states: the dateline's, else a date "
							+ "line at the top; a dateline without a year (`Jan. 01`) gets one only when the body "
							+ "restates that day with it (\"on Saturday, January 1, 2022\"), mentions no later year and "
							+ "marks no anniversary; else null."),
					required("body", STRING).described("The kept paragraphs, a blank line between them; headings "
							+ "included; the article's header not: the headline's repeat, the standfirst, the byline, "
							+ "and date and reading-time lines below the headline (those are in `removed_lines`)."),
					required("paragraph_count", INT32).described("Rows of this article in `paragraphs`."),
					required("word_count", INT32).described("White-space separated tokens with a letter or digit."),
					required("char_count", INT32)
						.described("Length of `body` in Unicode code points (Python's `len`)."),
					required("removed_line_count", INT32).described("Rows of this article in `removed_lines`."),
					required("job_execution_id", INT64).described("The job execution that wrote the row."),
					required("exported_at", TIMESTAMP).described(
							"When the export started: the same for every row of " + "an export, kept over restarts."),
					sequence("The sequence number of the export that made the row; a row carried over by an "
							+ "incremental export from its base keeps the base's, as it keeps its `job_execution_id` "
							+ "and `exported_at`.")));

	public static final DatasetSchema PARAGRAPHS = new DatasetSchema("paragraphs",
			"One row per kept paragraph of an article, in the order of its `body`.",
			List.of(required("doc_id", STRING).described(DOC_ID),
					required("position", INT32).described("0-based among the article's kept paragraphs."),
					required("kind", STRING).described("`heading`, `body`, `caption`, `quote` or `list_item`."),
					required("text", STRING).described("The paragraph, as in `body`."),
					required("word_count", INT32).described("White-space separated tokens with a letter or digit."),
					sequence(SEQUENCE)));

	public static final DatasetSchema REMOVED_LINES = new DatasetSchema("removed_lines",
			"One row per line of an article's file that cleaning removed.",
			List.of(required("doc_id", STRING).described(DOC_ID),
					required("line_number", INT32).described("1-based, in the source file."),
					required("rule", STRING).described("The rule that removed it: a name from the rules file, "
							+ "`title-repeat`, `run-repeated-line` or a `feature:...`."),
					required("text", STRING).described("The line, white space normalised."), sequence(SEQUENCE)));

	public static final DatasetSchema QUOTES = new DatasetSchema("quotes",
			"One row per quotation of four words or more in a `body`, `quote` or `list_item` paragraph.",
			List.of(required("doc_id", STRING).described(DOC_ID),
					required("paragraph_position", INT32)
						.described("The `position` of its paragraph in " + "`paragraphs`."),
					required("text", STRING).described("The quoted words without the quotation marks."),
					optional("speaker", STRING).described("Who the text says spoke, as the full name used in the "
							+ "article; null when the text names no one."),
					sequence(SEQUENCE)));

	public static final DatasetSchema REJECTS = new DatasetSchema("rejects",
			"One row per input file that did not become an article.",
			List.of(required("source_path", STRING).described(SOURCE_PATH),
					required("reason", STRING).described("`empty`, `not_text`, `unreadable`, `too_large`, `symlink`, "
							+ "`no_content`, `cleaning_failed` or `clean_timeout`."),
					optional("detail", STRING)
						.described("More about the reason, e.g. the exception of " + "`cleaning_failed`."),
					sequence(SEQUENCE)));

	/**
	 * One row per input file of the export, with what became of it: {@code article} or
	 * {@code reject}. {@code change} says how the file stands against the base of an
	 * incremental export ({@code new}, {@code changed}, {@code unchanged}: carried over
	 * from the base); null in a full export.
	 */
	public static final DatasetSchema FILES = new DatasetSchema("files",
			"One row per input file of the run, in input order, with what became of it: always the whole input; the "
					+ "next incremental export compares against it.",
			List.of(required("source_path", STRING).described(SOURCE_PATH),
					optional("source_sha256", STRING).described("SHA-256 of the file's bytes, hex; null when they "
							+ "were not read (`symlink`, `too_large`, `unreadable`)."),
					optional("source_bytes", INT64)
						.described("Size of the file in bytes; null when unknown " + "(`symlink`, `unreadable`)."),
					required("status", STRING).described("`article` (a row in `articles`) or `reject` (a row in "
							+ "`rejects`); for a file an incremental export carried over, what it was in the base."),
					optional("change", STRING).described("Against the base of an incremental export: `new` (not in "
							+ "the base), `changed` (other content, or no hash to compare), `unchanged` (same content: "
							+ "its rows carried over from the base); null in a full export. A file deleted since the "
							+ "base is in no dataset: the manifest counts it (`deleted`)."),
					sequence("The export that made the row: the base's for an unchanged file.")));

	/**
	 * One row per article in a cluster of exact or near-duplicates; the comparison
	 * columns are null for the cluster's representative. Written by the
	 * {@code duplicates} step, from the staged articles.
	 */
	public static final DatasetSchema DUPLICATES = new DatasetSchema("duplicates",
			"One row per article in a cluster of exact or near-duplicates; an article in no cluster has no row.",
			List.of(required("doc_id", STRING).described("The article."),
					required("cluster_id", STRING).described("The `doc_id` of the cluster's representative, its "
							+ "article with the smallest `doc_id`."),
					optional("duplicate_of", STRING)
						.described("The representative; null on the representative's own " + "row."),
					optional("estimated_jaccard", DOUBLE).described("MinHash estimate of the shingle Jaccard "
							+ "similarity with the representative (a multiple of 1/128); null on the representative's "
							+ "row."),
					optional("exact_jaccard", DOUBLE).described("Jaccard similarity of the two bodies' shingle sets; "
							+ "null on the representative's row."),
					optional("exact_duplicate", BOOLEAN).described("The body equals the representative's once case, "
							+ "white space and punctuation are ignored; null on the representative's row."),
					sequence("The export's sequence number: every export computes the dataset again.")));

	/** Every dataset, in the order they are written and listed in the manifest. */
	public static final List<DatasetSchema> ALL = List.of(ARTICLES, PARAGRAPHS, REMOVED_LINES, QUOTES, REJECTS, FILES,
			DUPLICATES);

	/** {@code files.status} of an input file that became an article. */
	public static final String ARTICLE = "article";

	/** {@code files.status} of an input file that became a reject. */
	public static final String REJECT = "reject";

	private Datasets() {
	}

	private static Column sequence(String description) {
		return required(EXPORT_SEQUENCE, INT64).described(description);
	}

	public static Object[] articleRow(Article article, long jobExecutionId, Instant exportedAt, long exportSequence) {
		String body = article.body(); // joined once: charCount() would join it again
		return new Object[] { article.docId(), article.sourcePath(), article.sourceSha256(), article.sourceBytes(),
				article.title(), article.standfirst(), article.byline(), authors(article.authors()), article.dateline(),
				article.agency(), article.section(), article.language(), article.publishedDate(), body,
				article.paragraphs().size(), article.wordCount(), body.codePointCount(0, body.length()),
				article.removedLines().size(), jobExecutionId, exportedAt, exportSequence };
	}

	/**
	 * {@code articles.authors}: the names joined by {@value #AUTHOR_SEPARATOR}, null when
	 * there are none.
	 */
	static String authors(List<String> authors) {
		return authors.isEmpty() ? null : String.join(AUTHOR_SEPARATOR, authors);
	}

	public static Object[] paragraphRow(Article article, Paragraph paragraph, long exportSequence) {
		return new Object[] { article.docId(), paragraph.position(), paragraph.kind().code(), paragraph.text(),
				paragraph.wordCount(), exportSequence };
	}

	public static Object[] removedLineRow(Article article, RemovedLine line, long exportSequence) {
		return new Object[] { article.docId(), line.lineNumber(), line.rule(), line.text(), exportSequence };
	}

	public static Object[] quoteRow(Article article, Quote quote, long exportSequence) {
		return new Object[] { article.docId(), quote.paragraphPosition(), quote.text(), quote.speaker(),
				exportSequence };
	}

	public static Object[] rejectRow(Reject reject, long exportSequence) {
		return new Object[] { reject.sourcePath(), reject.reason().code(), reject.detail(), exportSequence };
	}

	/**
	 * @param change how the file stands against the base of an incremental export, or
	 * {@code null} in a full export
	 */
	public static Object[] fileRow(String sourcePath, String sha256, Long bytes, String status, FileChange change,
			long exportSequence) {
		return new Object[] { sourcePath, sha256, bytes, status, change == null ? null : change.code(),
				exportSequence };
	}

	public static Object[] duplicateRow(Duplicate duplicate, long exportSequence) {
		return new Object[] { duplicate.docId(), duplicate.clusterId(), duplicate.duplicateOf(),
				duplicate.estimatedJaccard(), duplicate.exactJaccard(), duplicate.exactDuplicate(), exportSequence };
	}

}
