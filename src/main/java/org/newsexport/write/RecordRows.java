package org.newsexport.write;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.article.Article;
import org.newsexport.article.ExportRecord;
import org.newsexport.article.Paragraph;
import org.newsexport.article.Quote;
import org.newsexport.article.Reject;
import org.newsexport.article.RemovedLine;
import org.newsexport.article.Unchanged;
import org.newsexport.read.FileChange;
import org.newsexport.read.FileIndex;

/**
 * Turns the export's records into the rows of every dataset: an article into its
 * {@code articles} row and its paragraphs, removed lines and quotes; a reject into its
 * {@code rejects} row; and every input file into a row of {@code files}, which in an
 * incremental export says how the file stands against the base export's
 * {@link FileIndex}. The rows of an unchanged file are carried over from the base export
 * ({@link BaseRows}) at the file's place in the input order, as they are: the new export
 * holds the whole input, as a full export would. Used on the writing thread only (and on
 * the step's thread once that is idle).
 */
final class RecordRows implements Closeable {

	/** The column of {@code files} that says how a file stands against the base. */
	private static final int FILES_CHANGE = List.of(Datasets.FILES.columnNames()).indexOf("change");

	private final FileSystem fs;

	private final DatasetOutputs outputs;

	private final ChangeCounts counts;

	private final long jobExecutionId;

	private final Instant exportedAt;

	private final long exportSequence;

	private final FileIndex base;

	/** Where the base export is published, or {@code null} for a full export. */
	private final ExportLayout baseExport;

	/** The base export's rows; {@code null} for a full export. */
	private BaseRows baseRows;

	private String lastWritten;

	/**
	 * @param exportSequence the sequence number of the export, in every row it makes
	 * @param base the files of the export an incremental export is based on, or
	 * {@code null} for a full export
	 * @param baseExport where that export is published, whose rows of unchanged files are
	 * carried over; {@code null} for a full export
	 */
	RecordRows(FileSystem fs, DatasetOutputs outputs, ChangeCounts counts, long jobExecutionId, Instant exportedAt,
			long exportSequence, FileIndex base, ExportLayout baseExport) {
		this.fs = fs;
		this.outputs = outputs;
		this.counts = counts;
		this.jobExecutionId = jobExecutionId;
		this.exportedAt = exportedAt;
		this.exportSequence = exportSequence;
		this.base = base;
		this.baseExport = base == null ? null : baseExport;
	}

	/**
	 * Opens the base export's rows, if any, after the rows of {@code resumeAfter} and the
	 * files before it.
	 * @param resumeAfter the last file whose rows are sealed, or {@code null} at the
	 * beginning
	 */
	void open(String resumeAfter) throws IOException {
		if (baseExport != null) {
			baseRows = new BaseRows(fs, baseExport, DatasetOutputs.DATASETS);
			if (resumeAfter != null) {
				baseRows.skipThrough(resumeAfter);
			}
		}
	}

	/** Where the base export is published, or {@code null} for a full export. */
	ExportLayout baseExport() {
		return baseExport;
	}

	/** The rows of one chunk into every dataset. */
	void write(List<ExportRecord> records) throws IOException {
		for (ExportRecord record : records) {
			if (record instanceof Article article) {
				outputs.articles.write(Datasets.articleRow(article, jobExecutionId, exportedAt, exportSequence));
				for (Paragraph paragraph : article.paragraphs()) {
					outputs.paragraphs.write(Datasets.paragraphRow(article, paragraph, exportSequence));
				}
				for (RemovedLine line : article.removedLines()) {
					outputs.removedLines.write(Datasets.removedLineRow(article, line, exportSequence));
				}
				for (Quote quote : article.quotes()) {
					outputs.quotes.write(Datasets.quoteRow(article, quote, exportSequence));
				}
				file(article.sourcePath(), article.sourceSha256(), article.sourceBytes(), Datasets.ARTICLE);
			}
			else if (record instanceof Unchanged unchanged) {
				carry(unchanged);
			}
			else if (record instanceof Reject reject) {
				outputs.rejects.write(Datasets.rejectRow(reject, exportSequence));
				file(reject.sourcePath(), reject.sourceSha256(), reject.sourceBytes(), Datasets.REJECT);
			}
			lastWritten = record.sourcePath();
		}
	}

	/** The input file whose rows were written last, or {@code null} if none was. */
	String lastWritten() {
		return lastWritten;
	}

	/**
	 * The base's rows of an unchanged file, into every dataset, as they are (with the
	 * base's {@code export_sequence}); its {@code files} row says {@code unchanged}.
	 */
	private void carry(Unchanged unchanged) throws IOException {
		String path = unchanged.sourcePath();
		if (baseRows == null) {
			throw new IllegalStateException("An unchanged file without a base export to carry it from: " + path);
		}
		for (DatasetOutputs.DatasetOutput output : outputs.all()) {
			if (output == outputs.files) {
				long rows = baseRows.carry(Datasets.FILES, path, row -> {
					row[FILES_CHANGE] = FileChange.UNCHANGED.code();
					outputs.files.write(row);
				});
				if (rows != 1) {
					throw new IllegalStateException("The base export in " + baseExport.root() + " has " + rows
							+ " rows of " + path + " in " + Datasets.FILES.name() + ", expected one: it cannot be "
							+ "carried over; run a full export");
				}
				counts.file(FileChange.UNCHANGED);
			}
			else {
				long rows = baseRows.carry(output.schema(), path, output::write);
				if (output == outputs.rejects) {
					counts.carriedRejects(rows);
				}
			}
		}
	}

	private void file(String sourcePath, String sha256, Long bytes, String status) throws IOException {
		FileChange change = base == null ? null : base.change(sourcePath, sha256);
		outputs.files.write(Datasets.fileRow(sourcePath, sha256, bytes, status, change, exportSequence));
		if (change != null) {
			counts.file(change);
		}
	}

	/** Closes the base export's rows. */
	@Override
	public void close() throws IOException {
		if (baseRows != null) {
			try {
				baseRows.close();
			}
			finally {
				baseRows = null;
			}
		}
	}

}
