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
 * The datasets of an export, and how a record becomes their rows. Every dataset ends with {@code export_sequence}: the
 * sequence number of the export that made the row (an incremental export carries the rows of unchanged files over
 * from its base with the base's values).
 */
public final class Datasets {

	/**
	 * Between the names of {@code articles.authors}, in Parquet as in CSV (one string column in both, so that the two
	 * formats read the same); a name never holds it, the byline's own separators being cut away.
	 */
	public static final String AUTHOR_SEPARATOR = "; ";

	/** The name of the last column of every dataset. */
	public static final String EXPORT_SEQUENCE = "export_sequence";

	public static final DatasetSchema ARTICLES = new DatasetSchema("articles",
			List.of(required("doc_id", STRING), required("source_path", STRING), required("source_sha256", STRING),
					required("source_bytes", INT64), optional("title", STRING), optional("standfirst", STRING),
					optional("byline", STRING), optional("authors", STRING), optional("dateline", STRING),
					optional("agency", STRING), optional("section", STRING), optional("language", STRING),
					optional("published_date", DATE),
					required("body", STRING), required("paragraph_count", INT32), required("word_count", INT32),
					required("char_count", INT32), required("removed_line_count", INT32),
					required("job_execution_id", INT64), required("exported_at", TIMESTAMP), sequence()));

	public static final DatasetSchema PARAGRAPHS = new DatasetSchema("paragraphs",
			List.of(required("doc_id", STRING), required("position", INT32), required("kind", STRING),
					required("text", STRING), required("word_count", INT32), sequence()));

	public static final DatasetSchema REMOVED_LINES = new DatasetSchema("removed_lines",
			List.of(required("doc_id", STRING), required("line_number", INT32), required("rule", STRING),
					required("text", STRING), sequence()));

	public static final DatasetSchema QUOTES = new DatasetSchema("quotes",
			List.of(required("doc_id", STRING), required("paragraph_position", INT32), required("text", STRING),
					optional("speaker", STRING), sequence()));

	public static final DatasetSchema REJECTS = new DatasetSchema("rejects",
			List.of(required("source_path", STRING), required("reason", STRING), optional("detail", STRING),
					sequence()));

	/**
	 * One row per input file of the export, with what became of it: {@code article} or {@code reject}. {@code change}
	 * says how the file stands against the base of an incremental export ({@code new}, {@code changed},
	 * {@code unchanged}: carried over from the base); null in a full export.
	 */
	public static final DatasetSchema FILES = new DatasetSchema("files",
			List.of(required("source_path", STRING), optional("source_sha256", STRING), optional("source_bytes", INT64),
					required("status", STRING), optional("change", STRING), sequence()));

	/**
	 * One row per article in a cluster of exact or near-duplicates; the comparison columns are null for the cluster's
	 * representative. Written by the {@code duplicates} step, from the staged articles.
	 */
	public static final DatasetSchema DUPLICATES = new DatasetSchema("duplicates",
			List.of(required("doc_id", STRING), required("cluster_id", STRING), optional("duplicate_of", STRING),
					optional("estimated_jaccard", DOUBLE), optional("exact_jaccard", DOUBLE),
					optional("exact_duplicate", BOOLEAN), sequence()));

	/** Every dataset, in the order they are written and listed in the manifest. */
	public static final List<DatasetSchema> ALL = List.of(ARTICLES, PARAGRAPHS, REMOVED_LINES, QUOTES, REJECTS, FILES,
			DUPLICATES);

	/** {@code files.status} of an input file that became an article. */
	public static final String ARTICLE = "article";

	/** {@code files.status} of an input file that became a reject. */
	public static final String REJECT = "reject";

	private Datasets() {
	}

	private static Column sequence() {
		return required(EXPORT_SEQUENCE, INT64);
	}

	public static Object[] articleRow(Article article, long jobExecutionId, Instant exportedAt, long exportSequence) {
		String body = article.body(); // joined once: charCount() would join it again
		return new Object[] { article.docId(), article.sourcePath(), article.sourceSha256(), article.sourceBytes(),
				article.title(), article.standfirst(), article.byline(), authors(article.authors()), article.dateline(),
				article.agency(), article.section(), article.language(), article.publishedDate(),
				body, article.paragraphs().size(), article.wordCount(), body.codePointCount(0, body.length()),
				article.removedLines().size(), jobExecutionId, exportedAt, exportSequence };
	}

	/** {@code articles.authors}: the names joined by {@value #AUTHOR_SEPARATOR}, null when there are none. */
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
	 * @param change how the file stands against the base of an incremental export, or {@code null} in a full export
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
