package org.newsexport.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
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
import org.newsexport.read.ReadCheckpoint;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes every dataset of the export, in Parquet and CSV, into the staging directory.
 * <p>
 * Parquet files cannot be appended to, so rows go into open part files that are <em>sealed</em> (closed and renamed
 * into place) together, for all datasets and both formats, when they reach {@code partTargetBytes} and at the end of
 * the input. Only at a seal does the {@link ReadCheckpoint} advance; the sealed state is saved in the step's
 * {@link ExecutionContext} at the chunk commit. A restart deletes what was written after the last seal and reads again
 * from the checkpoint, so no row is lost or doubled.
 * <p>
 * Every input file gets a row in {@code files}. In an incremental export each row says how the file stands against
 * the base export's {@link FileIndex}, and the counts of new, changed and unchanged files are saved with the sealed
 * state, so that they too count each file once over restarts.
 */
public class ExportItemWriter implements ItemStreamWriter<ExportRecord> {

	static final String RESUME_AFTER_KEY = "export.resume-after";

	/** Saved with the sealed state at every chunk commit: its absence means nothing of this export is in staging. */
	static final String STATE_SAVED_KEY = "export.state-saved";

	private final FileSystem fs;

	private final ExportLayout staging;

	private final ReadCheckpoint checkpoint;

	private final long partTargetBytes;

	private final long jobExecutionId;

	private final Instant exportedAt;

	private final List<DatasetOutput> outputs = new ArrayList<>();

	private final DatasetOutput articles;

	private final DatasetOutput paragraphs;

	private final DatasetOutput removedLines;

	private final DatasetOutput quotes;

	private final DatasetOutput rejects;

	private final DatasetOutput files;

	private final FileIndex base;

	private final long[] pendingChanges = new long[FileChange.values().length];

	private final long[] sealedChanges = new long[FileChange.values().length];

	private final long rejectLimit;

	private final WriteTimes times;

	private String lastWritten;

	/**
	 * @param rejectLimit the most rejects the export may hold; one more fails the run before it is sealed (so that a
	 * restart after the files are fixed reads them again), negative for no limit
	 * @param base the files of the export an incremental export is based on, or {@code null} for a full export
	 * @param times where the time spent writing each format is added up
	 */
	public ExportItemWriter(FileSystem fs, ExportLayout staging, ReadCheckpoint checkpoint, ParquetOptions parquet,
			long partTargetBytes, long rejectLimit, long jobExecutionId, Instant exportedAt, FileIndex base,
			WriteTimes times) {
		this.fs = fs;
		this.times = times;
		this.staging = staging;
		this.checkpoint = checkpoint;
		this.partTargetBytes = partTargetBytes;
		this.rejectLimit = rejectLimit;
		this.jobExecutionId = jobExecutionId;
		this.exportedAt = exportedAt;
		this.articles = add(Datasets.ARTICLES, parquet);
		this.paragraphs = add(Datasets.PARAGRAPHS, parquet);
		this.removedLines = add(Datasets.REMOVED_LINES, parquet);
		this.quotes = add(Datasets.QUOTES, parquet);
		this.rejects = add(Datasets.REJECTS, parquet);
		this.files = add(Datasets.FILES, parquet);
		this.base = base;
	}

	private DatasetOutput add(DatasetSchema schema, ParquetOptions parquet) {
		DatasetOutput output = new DatasetOutput(schema,
				new ParquetDatasetWriter(fs, staging.parquetDir(schema), schema, parquet, "part"),
				new CsvDatasetWriter(fs, staging.csvFile(schema), schema), times);
		outputs.add(output);
		return output;
	}

	@Override
	public void open(ExecutionContext context) {
		try {
			if (!context.containsKey(STATE_SAVED_KEY)) {
				// A fresh start: datasets an earlier attempt left in staging are not ours.
				fs.delete(new org.apache.hadoop.fs.Path(staging.root(), ExportLayout.PARQUET), true);
				fs.delete(new org.apache.hadoop.fs.Path(staging.root(), ExportLayout.CSV), true);
			}
			for (DatasetOutput output : outputs) {
				output.restore(context);
			}
			for (FileChange change : FileChange.values()) {
				sealedChanges[change.ordinal()] = sealedFiles(context, change);
			}
		}
		catch (IOException ex) {
			throw new ItemStreamException("Cannot prepare the staging directory " + staging.root() + ": "
					+ ex.getMessage(), ex);
		}
		checkpoint.resumeAfter(context.containsKey(RESUME_AFTER_KEY) ? context.getString(RESUME_AFTER_KEY) : null);
	}

	@Override
	public void write(Chunk<? extends ExportRecord> chunk) throws IOException {
		for (ExportRecord record : chunk) {
			if (record instanceof Article article) {
				articles.write(Datasets.articleRow(article, jobExecutionId, exportedAt));
				for (Paragraph paragraph : article.paragraphs()) {
					paragraphs.write(Datasets.paragraphRow(article, paragraph));
				}
				for (RemovedLine line : article.removedLines()) {
					removedLines.write(Datasets.removedLineRow(article, line));
				}
				for (Quote quote : article.quotes()) {
					quotes.write(Datasets.quoteRow(article, quote));
				}
				file(article.sourcePath(), article.sourceSha256(), article.sourceBytes(), Datasets.ARTICLE);
			}
			else if (record instanceof Unchanged unchanged) {
				file(unchanged.sourcePath(), unchanged.sha256(), unchanged.bytes(), Datasets.UNCHANGED);
			}
			else if (record instanceof Reject reject) {
				rejects.write(Datasets.rejectRow(reject));
				file(reject.sourcePath(), reject.sourceSha256(), reject.sourceBytes(), Datasets.REJECT);
				if (rejectLimit >= 0 && rejects.csv().rows() > rejectLimit) {
					throw new RejectLimitExceededException("more than " + rejectLimit + " input files were rejected "
							+ "(export.reject-limit); the last: " + reject.sourcePath() + " (" + reject.reason().code()
							+ ": " + reject.detail() + "). Fix or remove the files, or raise the limit, and run again");
				}
			}
			lastWritten = record.sourcePath();
		}
	}

	private void file(String sourcePath, String sha256, Long bytes, String status) throws IOException {
		FileChange change = base == null ? null : base.change(sourcePath, sha256);
		files.write(Datasets.fileRow(sourcePath, sha256, bytes, status, change));
		if (change != null) {
			pendingChanges[change.ordinal()]++;
		}
	}

	@Override
	public void update(ExecutionContext context) {
		if (checkpoint.inputExhausted() || bufferedBytes() >= partTargetBytes) {
			seal();
		}
		for (DatasetOutput output : outputs) {
			output.save(context);
		}
		for (FileChange change : FileChange.values()) {
			context.putLong(sealedFilesKey(change), sealedChanges[change.ordinal()]);
		}
		context.putString(STATE_SAVED_KEY, "true");
		if (checkpoint.resumeAfter() != null) {
			context.putString(RESUME_AFTER_KEY, checkpoint.resumeAfter());
		}
	}

	private long bufferedBytes() {
		return outputs.stream().mapToLong(output -> output.parquet.bufferedBytes()).sum();
	}

	private void seal() {
		try {
			for (DatasetOutput output : outputs) {
				long started = System.nanoTime();
				output.parquet.seal();
				if (checkpoint.inputExhausted()) {
					output.parquet.sealEmptyPartIfNone();
				}
				times.addParquet(started);
				started = System.nanoTime();
				output.csv.seal();
				times.addCsv(started);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot seal the part files in " + staging.root() + ": " + ex.getMessage(),
					ex);
		}
		for (int i = 0; i < pendingChanges.length; i++) {
			sealedChanges[i] += pendingChanges[i];
			pendingChanges[i] = 0;
		}
		if (lastWritten != null) {
			checkpoint.resumeAfter(lastWritten);
		}
	}

	@Override
	public void close() {
		for (DatasetOutput output : outputs) {
			output.close();
		}
	}

	/** Where reading resumes according to a saved step context, or {@code null} at the beginning. */
	public static String resumeAfter(ExecutionContext context) {
		return context.containsKey(RESUME_AFTER_KEY) ? context.getString(RESUME_AFTER_KEY) : null;
	}

	/** The execution context key under which the number of sealed rows of a dataset is saved. */
	public static String sealedRowsKey(DatasetSchema schema) {
		return DatasetOutput.key(schema, "parquet.rows");
	}

	public static long sealedRows(ExecutionContext context, DatasetSchema schema) {
		return context.getLong(sealedRowsKey(schema), 0L);
	}

	/** The execution context key under which the number of sealed {@code files} rows with a change is saved. */
	public static String sealedFilesKey(FileChange change) {
		return "export.files-" + change.code();
	}

	public static long sealedFiles(ExecutionContext context, FileChange change) {
		return context.getLong(sealedFilesKey(change), 0L);
	}

	private record DatasetOutput(DatasetSchema schema, ParquetDatasetWriter parquet, CsvDatasetWriter csv,
			WriteTimes times) {

		static String key(DatasetSchema schema, String what) {
			return "export." + schema.name() + "." + what;
		}

		void restore(ExecutionContext context) throws IOException {
			parquet.restore(context.getInt(key(schema, "parquet.parts"), 0),
					context.getLong(key(schema, "parquet.rows"), 0L));
			csv.restore(context.getLong(key(schema, "csv.bytes"), 0L), context.getLong(key(schema, "csv.rows"), 0L));
		}

		void write(Object[] row) throws IOException {
			long started = System.nanoTime();
			parquet.write(row);
			times.addParquet(started);
			started = System.nanoTime();
			csv.write(row);
			times.addCsv(started);
		}

		void save(ExecutionContext context) {
			context.putInt(key(schema, "parquet.parts"), parquet.sealedParts());
			context.putLong(key(schema, "parquet.rows"), parquet.sealedRows());
			context.putLong(key(schema, "csv.bytes"), csv.sealedBytes());
			context.putLong(key(schema, "csv.rows"), csv.sealedRows());
		}

		void close() {
			long started = System.nanoTime();
			try {
				parquet.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				times.addParquet(started);
				started = System.nanoTime();
				try {
					csv.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				finally {
					times.addCsv(started);
				}
			}
		}

	}

}
