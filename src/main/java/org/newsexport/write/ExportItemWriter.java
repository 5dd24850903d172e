package org.newsexport.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes every dataset of the export, in Parquet and CSV, into the staging directory.
 * <p>
 * Rows go into open part files that are <em>sealed</em> (closed and renamed into place) together, for all datasets
 * and both formats, when they reach {@code partTargetBytes}, when the
 * {@linkplain #setSealInterval seal interval} has passed since the last seal, when the step stops (at a chunk
 * boundary, on {@code stop} or a signal) and at the end of the input. Only at a seal does the {@link ReadCheckpoint}
 * advance; the sealed state is saved in the step's {@link ExecutionContext} at the chunk commit. A restart deletes
 * what was written after the last seal and reads again from the checkpoint, so no row is lost or doubled.
 * <p>
 * The rows are written on a thread of their own, in chunk order, so that the step's thread goes on reading the next
 * chunk (and the processing threads cleaning it) while the last one is encoded and compressed. Whether to seal is
 * decided on that thread after each chunk, as it would be at the chunk's commit; each commit saves the state of the
 * last seal done by then, and the end of the input waits for every chunk to be written and sealed. At most
 * {@value #CHUNKS_IN_FLIGHT} chunk waits for the writing thread, so memory stays bounded when writing is the slower.
 * <p>
 * Every input file gets a row in {@code files}. In an incremental export each row says how the file stands against
 * the base export's {@link FileIndex}, and the counts of new, changed and unchanged files are saved with the sealed
 * state, so that they too count each file once over restarts. The rows of an unchanged file are carried over from the
 * base export ({@link BaseRows}) at the file's place in the input order, as they are: the new export holds the whole
 * input, as a full export would.
 */
public class ExportItemWriter implements ItemStreamWriter<ExportRecord>, StepExecutionListener {

	static final String RESUME_AFTER_KEY = "export.resume-after";

	/** Saved with the sealed state at every chunk commit: its absence means nothing of this export is in staging. */
	static final String STATE_SAVED_KEY = "export.state-saved";

	/** Sealed {@code rejects} rows carried over from the base: they do not count against the reject limit. */
	static final String CARRIED_REJECTS_KEY = "export.rejects-carried";

	/** The datasets whose rows of unchanged files are carried over from the base export. */
	static final List<DatasetSchema> CARRIED = List.of(Datasets.ARTICLES, Datasets.PARAGRAPHS,
			Datasets.REMOVED_LINES, Datasets.QUOTES, Datasets.REJECTS, Datasets.FILES);

	/** The column of {@code files} that says how a file stands against the base. */
	private static final int FILES_CHANGE = List.of(Datasets.FILES.columnNames()).indexOf("change");

	/**
	 * Chunks handed to the writing thread and not yet written, before {@link #write} waits for the oldest: one, so that
	 * writing a chunk overlaps with reading and cleaning the next, and a commit saves the seals of every chunk but
	 * (at most) the last.
	 */
	static final int CHUNKS_IN_FLIGHT = 1;

	private final FileSystem fs;

	private final ExportLayout staging;

	private final ReadCheckpoint checkpoint;

	private final long partTargetBytes;

	private final long jobExecutionId;

	private final Instant exportedAt;

	private final long exportSequence;

	private final List<DatasetOutput> outputs = new ArrayList<>();

	private final DatasetOutput articles;

	private final DatasetOutput paragraphs;

	private final DatasetOutput removedLines;

	private final DatasetOutput quotes;

	private final DatasetOutput rejects;

	private final DatasetOutput files;

	private final FileIndex base;

	/** Where the base export is published, or {@code null} for a full export. */
	private final ExportLayout baseExport;

	/** The base export's rows, read on the writing thread; {@code null} for a full export. */
	private BaseRows baseRows;

	/** Rejects carried over since the last seal, and sealed; on the writing thread only. */
	private long pendingCarriedRejects;

	private long sealedCarriedRejects;

	/** Files of each change written since the last seal; on the writing thread only. */
	private final long[] pendingChanges = new long[FileChange.values().length];

	/** Files of each change sealed; on the writing thread only (and on the step's thread once that is idle). */
	private final long[] sealedChanges = new long[FileChange.values().length];

	private final long rejectLimit;

	private final WriteTimes times;

	/** Written, read and sealed on the writing thread only (and on the step's thread once that is idle). */
	private String lastWritten;

	/**
	 * Rejects written, sealed or not, by this writer and the others sharing the count (the partitions of one export
	 * in this process): counted on the steps' threads, where the reject limit fails the chunk.
	 */
	private AtomicLong rejectCount = new AtomicLong();

	/** What the last seal made durable; published by the writing thread for the chunk commits. */
	private volatile SealedState sealed;

	private ExecutorService writingThread;

	/**
	 * Set when a chunk could not be written, or the step is closing: the writing thread then writes no more, so that
	 * a later chunk can never seal the rows of a chunk that was written only in part.
	 */
	private volatile boolean stopWriting;

	private final Deque<Future<?>> inFlight = new ArrayDeque<>();

	private long sealIntervalNanos = Long.MAX_VALUE;

	/** When the last seal was (or the step opened); on the writing thread only. */
	private long lastSealNanos;

	/**
	 * @param rejectLimit the most rejects the export may hold; one more fails the run before it is sealed (so that a
	 * restart after the files are fixed reads them again), negative for no limit
	 * @param exportSequence the sequence number of the export, in every row it makes
	 * @param base the files of the export an incremental export is based on, or {@code null} for a full export
	 * @param baseExport where that export is published, whose rows of unchanged files are carried over; {@code null}
	 * for a full export
	 * @param times where the time spent writing each format is added up
	 */
	public ExportItemWriter(FileSystem fs, ExportLayout staging, ReadCheckpoint checkpoint, ParquetOptions parquet,
			long partTargetBytes, long rejectLimit, long jobExecutionId, Instant exportedAt, long exportSequence,
			FileIndex base, ExportLayout baseExport, WriteTimes times) {
		this.fs = fs;
		this.times = times;
		this.staging = staging;
		this.checkpoint = checkpoint;
		this.partTargetBytes = partTargetBytes;
		this.rejectLimit = rejectLimit;
		this.jobExecutionId = jobExecutionId;
		this.exportedAt = exportedAt;
		this.exportSequence = exportSequence;
		this.articles = add(Datasets.ARTICLES, parquet);
		this.paragraphs = add(Datasets.PARAGRAPHS, parquet);
		this.removedLines = add(Datasets.REMOVED_LINES, parquet);
		this.quotes = add(Datasets.QUOTES, parquet);
		this.rejects = add(Datasets.REJECTS, parquet);
		this.files = add(Datasets.FILES, parquet);
		this.base = base;
		this.baseExport = base == null ? null : baseExport;
	}

	private DatasetOutput add(DatasetSchema schema, ParquetOptions parquet) {
		DatasetOutput output = new DatasetOutput(schema,
				new ParquetDatasetWriter(fs, staging.parquetDir(schema), schema, parquet, "part"),
				new CsvDatasetWriter(fs, staging.csvPartsDir(schema), schema), times);
		outputs.add(output);
		return output;
	}

	/**
	 * Seals also when this long has passed since the last seal, so that a killed run redoes at most about this much
	 * work however slowly the parts fill.
	 */
	public void setSealInterval(Duration interval) {
		this.sealIntervalNanos = interval.toNanos();
	}

	/**
	 * Counts rejects against the reject limit together with the other writers given the same count: the partitions of
	 * one export that run in this process. Called before {@link #open}.
	 */
	public void shareRejectCount(AtomicLong count) {
		this.rejectCount = count;
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
			sealedCarriedRejects = context.getLong(CARRIED_REJECTS_KEY, 0L);
		}
		catch (IOException ex) {
			throw new ItemStreamException("Cannot prepare the staging directory " + staging.root() + ": "
					+ ex.getMessage(), ex);
		}
		String resumeAfter = context.containsKey(RESUME_AFTER_KEY) ? context.getString(RESUME_AFTER_KEY) : null;
		checkpoint.resumeAfter(resumeAfter);
		if (baseExport != null) {
			try {
				baseRows = new BaseRows(fs, baseExport, CARRIED);
				if (resumeAfter != null) {
					baseRows.skipThrough(resumeAfter);
				}
			}
			catch (IOException ex) {
				throw new ItemStreamException("Cannot read the base export in " + baseExport.root() + ": "
						+ ex.getMessage(), ex);
			}
		}
		rejectCount.addAndGet(rejects.csv().rows() - sealedCarriedRejects);
		sealed = SealedState.of(outputs, sealedChanges, sealedCarriedRejects, resumeAfter);
		lastSealNanos = System.nanoTime();
		writingThread = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "export-writer");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void write(Chunk<? extends ExportRecord> chunk) throws IOException {
		List<ExportRecord> records = new ArrayList<>(chunk.getItems());
		for (ExportRecord record : records) {
			if (record instanceof Reject reject) {
				if (rejectCount.incrementAndGet() > rejectLimit && rejectLimit >= 0) {
					throw new RejectLimitExceededException(rejectLimitMessage(rejectLimit, reject.sourcePath() + " ("
							+ reject.reason().code() + ": " + reject.detail() + ")"));
				}
			}
		}
		while (inFlight.size() >= CHUNKS_IN_FLIGHT) {
			await(inFlight.removeFirst());
		}
		inFlight.addLast(writingThread.submit(() -> {
			if (stopWriting) {
				throw new IllegalStateException("An earlier chunk could not be written to " + staging.root());
			}
			try {
				writeRecords(records);
				if (bufferedBytes() >= partTargetBytes || System.nanoTime() - lastSealNanos >= sealIntervalNanos) {
					seal(false);
				}
			}
			catch (IOException | RuntimeException | Error ex) {
				stopWriting = true;
				throw ex;
			}
			return null;
		}));
	}

	/** On the writing thread: the rows of one chunk into every dataset. */
	private void writeRecords(List<ExportRecord> records) throws IOException {
		for (ExportRecord record : records) {
			if (record instanceof Article article) {
				articles.write(Datasets.articleRow(article, jobExecutionId, exportedAt, exportSequence));
				for (Paragraph paragraph : article.paragraphs()) {
					paragraphs.write(Datasets.paragraphRow(article, paragraph, exportSequence));
				}
				for (RemovedLine line : article.removedLines()) {
					removedLines.write(Datasets.removedLineRow(article, line, exportSequence));
				}
				for (Quote quote : article.quotes()) {
					quotes.write(Datasets.quoteRow(article, quote, exportSequence));
				}
				file(article.sourcePath(), article.sourceSha256(), article.sourceBytes(), Datasets.ARTICLE);
			}
			else if (record instanceof Unchanged unchanged) {
				carry(unchanged);
			}
			else if (record instanceof Reject reject) {
				rejects.write(Datasets.rejectRow(reject, exportSequence));
				file(reject.sourcePath(), reject.sourceSha256(), reject.sourceBytes(), Datasets.REJECT);
			}
			lastWritten = record.sourcePath();
		}
	}

	/**
	 * On the writing thread: the base's rows of an unchanged file, into every dataset, as they are (with the base's
	 * {@code export_sequence}); its {@code files} row says {@code unchanged}.
	 */
	private void carry(Unchanged unchanged) throws IOException {
		String path = unchanged.sourcePath();
		if (baseRows == null) {
			throw new IllegalStateException("An unchanged file without a base export to carry it from: " + path);
		}
		for (DatasetOutput output : outputs) {
			if (output == files) {
				long rows = baseRows.carry(Datasets.FILES, path, row -> {
					row[FILES_CHANGE] = FileChange.UNCHANGED.code();
					files.write(row);
				});
				if (rows != 1) {
					throw new IllegalStateException("The base export in " + baseExport.root() + " has " + rows
							+ " rows of " + path + " in " + Datasets.FILES.name() + ", expected one: it cannot be "
							+ "carried over; run a full export");
				}
				pendingChanges[FileChange.UNCHANGED.ordinal()]++;
			}
			else {
				long rows = baseRows.carry(output.schema(), path, output::write);
				if (output == rejects) {
					pendingCarriedRejects += rows;
				}
			}
		}
	}

	private void file(String sourcePath, String sha256, Long bytes, String status) throws IOException {
		FileChange change = base == null ? null : base.change(sourcePath, sha256);
		files.write(Datasets.fileRow(sourcePath, sha256, bytes, status, change, exportSequence));
		if (change != null) {
			pendingChanges[change.ordinal()]++;
		}
	}

	@Override
	public void update(ExecutionContext context) {
		if (writingThread == null) {
			return; // not opened
		}
		// A chunk that failed to be written fails the commit that follows it at the latest.
		while (!inFlight.isEmpty() && (inFlight.peekFirst().isDone() || checkpoint.inputExhausted())) {
			await(inFlight.removeFirst());
		}
		if (checkpoint.inputExhausted()) {
			seal(true); // every chunk is written: this thread is the only one using the datasets now
		}
		SealedState state = sealed;
		state.save(context);
		context.putString(STATE_SAVED_KEY, "true");
	}

	private void await(Future<?> chunkWritten) {
		try {
			chunkWritten.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ItemStreamException("Interrupted while writing the datasets", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new UncheckedIOException(cause.getMessage(), cause instanceof IOException io ? io
					: new IOException(cause));
		}
	}

	private long bufferedBytes() {
		return outputs.stream().mapToLong(output -> output.parquet.bufferedBytes()).sum();
	}

	/** @param end the end of the input: a dataset without rows gets an empty part */
	private void seal(boolean end) {
		try {
			for (DatasetOutput output : outputs) {
				long started = System.nanoTime();
				output.parquet.seal();
				if (end) {
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
		sealedCarriedRejects += pendingCarriedRejects;
		pendingCarriedRejects = 0;
		sealed = SealedState.of(outputs, sealedChanges, sealedCarriedRejects,
				lastWritten != null ? lastWritten : sealed.resumeAfter());
		lastSealNanos = System.nanoTime();
	}

	/**
	 * A step stopped at a chunk boundary ({@code stop}, a signal) seals what every chunk wrote, so that the next run
	 * resumes after the last file read, not after the last seal. The step's context is saved after this.
	 */
	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() != BatchStatus.STOPPED || writingThread == null || stopWriting) {
			return null;
		}
		try {
			while (!inFlight.isEmpty()) {
				await(inFlight.removeFirst());
			}
		}
		catch (RuntimeException | Error ex) {
			return null; // a chunk was not written: the next run resumes from the last seal
		}
		seal(false); // every chunk is written: this thread is the only one using the datasets now
		sealed.save(stepExecution.getExecutionContext());
		stepExecution.getExecutionContext().putString(STATE_SAVED_KEY, "true");
		return null;
	}

	@Override
	public void close() {
		if (writingThread != null) {
			// After a failure or a stop, chunks not yet written are dropped (their rows were never sealed); the one
			// being written is finished, not interrupted, and discarded with the open parts below.
			stopWriting = true;
			writingThread.shutdown();
			try {
				while (!writingThread.awaitTermination(10, TimeUnit.SECONDS)) {
					// a chunk of large files can take a while
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			writingThread = null;
			inFlight.clear();
		}
		if (baseRows != null) {
			try {
				baseRows.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				baseRows = null;
			}
		}
		for (DatasetOutput output : outputs) {
			output.close();
		}
	}

	/**
	 * Makes a step that has not run yet start reading after this file, as if it had sealed everything up to it: a
	 * partition of the export starts after the previous partition's range.
	 */
	public static void startAfter(ExecutionContext context, String relativePath) {
		context.putString(RESUME_AFTER_KEY, relativePath);
	}

	/** The execution context key under which the number of sealed part files of a dataset is saved. */
	static String sealedPartsKey(DatasetSchema schema, String format) {
		return DatasetOutput.key(schema, format + ".parts");
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

	/** The sealed rejects of a saved step context that count against the reject limit (not carried from a base). */
	public static long sealedOwnRejects(ExecutionContext context) {
		return sealedRows(context, Datasets.REJECTS) - context.getLong(CARRIED_REJECTS_KEY, 0L);
	}

	/** The reject limit's message: the limit, and the last reject over it. */
	public static String rejectLimitMessage(long rejectLimit, String last) {
		return "more than " + rejectLimit + " input files were rejected (export.reject-limit)"
				+ (last == null ? "" : "; the last: " + last)
				+ ". Fix or remove the files, or raise the limit, and run again";
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
			if (context.containsKey(key(schema, "csv.bytes"))) {
				throw new IllegalStateException("The staged CSV of dataset " + schema.name() + " was written by an "
						+ "earlier version as one file, which this version does not take up; start a new export");
			}
			csv.restore(context.getInt(key(schema, "csv.parts"), 0), context.getLong(key(schema, "csv.rows"), 0L));
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
			context.putInt(key(schema, "csv.parts"), csv.sealedParts());
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

	/**
	 * The sealed state of every dataset and where reading resumes: what a chunk commit saves. Made on the thread that
	 * sealed, which must not touch the step-scoped {@link ReadCheckpoint} (no step context on the writing thread).
	 */
	private record SealedState(ExecutionContext values, String resumeAfter) {

		static SealedState of(List<DatasetOutput> outputs, long[] sealedChanges, long carriedRejects,
				String resumeAfter) {
			ExecutionContext values = new ExecutionContext();
			for (DatasetOutput output : outputs) {
				output.save(values);
			}
			for (FileChange change : FileChange.values()) {
				values.putLong(sealedFilesKey(change), sealedChanges[change.ordinal()]);
			}
			values.putLong(CARRIED_REJECTS_KEY, carriedRejects);
			if (resumeAfter != null) {
				values.putString(RESUME_AFTER_KEY, resumeAfter);
			}
			return new SealedState(values, resumeAfter);
		}

		void save(ExecutionContext context) {
			values.entrySet().forEach(entry -> context.put(entry.getKey(), entry.getValue()));
		}

	}

}
