package org.newsexport.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.article.ExportRecord;
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
 * Rows ({@link RecordRows}) go into open part files ({@link DatasetOutputs}) that are
 * <em>sealed</em> (closed and renamed into place) together, for all datasets and both
 * formats, when they reach {@code partTargetBytes}, when the {@linkplain #setSealInterval
 * seal interval} has passed since the last seal, when the step stops (at a chunk
 * boundary, on {@code stop} or a signal) and at the end of the input. Only at a seal does
 * the {@link ReadCheckpoint} advance; the sealed state ({@link SealState}) is saved in
 * the step's {@link ExecutionContext} at the chunk commit. A restart deletes what was
 * written after the last seal and reads again from the checkpoint, so no row is lost or
 * doubled.
 * <p>
 * The rows are written on a thread of their own ({@link WriterThread}), in chunk order.
 * Whether to seal is decided on that thread after each chunk, as it would be at the
 * chunk's commit; each commit saves the state of the last seal done by then, and the end
 * of the input waits for every chunk to be written and sealed. The reject limit
 * ({@link RejectLimit}) is checked on the step's thread before a chunk is handed on. In
 * an incremental export the files of each change are counted with the sealed state
 * ({@link ChangeCounts}), so that they too count each file once over restarts.
 */
public class ExportItemWriter implements ItemStreamWriter<ExportRecord>, StepExecutionListener {

	private final FileSystem fs;

	private final ExportLayout staging;

	private final ReadCheckpoint checkpoint;

	private final long partTargetBytes;

	private final DatasetOutputs outputs;

	private final ChangeCounts counts = new ChangeCounts();

	/** On the writing thread only (and on the step's thread once that is idle). */
	private final RecordRows rows;

	private final RejectLimit rejectLimit;

	/**
	 * What the last seal made durable; published by the writing thread for the chunk
	 * commits.
	 */
	private volatile SealState sealed;

	private WriterThread writingThread;

	private long sealIntervalNanos = Long.MAX_VALUE;

	/** When the last seal was (or the step opened); on the writing thread only. */
	private long lastSealNanos;

	/**
	 * @param rejectLimit the most rejects the export may hold; one more fails the run
	 * before it is sealed (so that a restart after the files are fixed reads them again),
	 * negative for no limit
	 * @param exportSequence the sequence number of the export, in every row it makes
	 * @param base the files of the export an incremental export is based on, or
	 * {@code null} for a full export
	 * @param baseExport where that export is published, whose rows of unchanged files are
	 * carried over; {@code null} for a full export
	 * @param times where the time spent writing each format is added up
	 */
	public ExportItemWriter(FileSystem fs, ExportLayout staging, ReadCheckpoint checkpoint, ParquetOptions parquet,
			long partTargetBytes, long rejectLimit, long jobExecutionId, Instant exportedAt, long exportSequence,
			FileIndex base, ExportLayout baseExport, WriteTimes times) {
		this.fs = fs;
		this.staging = staging;
		this.checkpoint = checkpoint;
		this.partTargetBytes = partTargetBytes;
		this.rejectLimit = new RejectLimit(rejectLimit);
		this.outputs = new DatasetOutputs(fs, staging, parquet, times);
		this.rows = new RecordRows(fs, outputs, counts, jobExecutionId, exportedAt, exportSequence, base, baseExport);
	}

	/**
	 * Seals also when this long has passed since the last seal, so that a killed run
	 * redoes at most about this much work however slowly the parts fill.
	 */
	public void setSealInterval(Duration interval) {
		this.sealIntervalNanos = interval.toNanos();
	}

	/**
	 * Counts rejects against the reject limit together with the other writers given the
	 * same count: the partitions of one export that run in this process. Called before
	 * {@link #open}.
	 */
	public void shareRejectCount(AtomicLong count) {
		rejectLimit.share(count);
	}

	@Override
	public void open(ExecutionContext context) {
		try {
			if (!SealState.saved(context)) {
				// A fresh start: datasets an earlier attempt left in staging are not
				// ours.
				fs.delete(new org.apache.hadoop.fs.Path(staging.root(), ExportLayout.PARQUET), true);
				fs.delete(new org.apache.hadoop.fs.Path(staging.root(), ExportLayout.CSV), true);
			}
			outputs.restore(context);
			counts.restore(context);
		}
		catch (IOException ex) {
			throw new ItemStreamException(
					"Cannot prepare the staging directory " + staging.root() + ": " + ex.getMessage(), ex);
		}
		String resumeAfter = SealState.resumeAfter(context);
		checkpoint.resumeAfter(resumeAfter);
		try {
			rows.open(resumeAfter);
		}
		catch (IOException ex) {
			throw new ItemStreamException(
					"Cannot read the base export in " + rows.baseExport().root() + ": " + ex.getMessage(), ex);
		}
		rejectLimit.add(outputs.rejects.csv().rows() - counts.sealedCarriedRejects());
		sealed = SealState.of(outputs, counts, resumeAfter);
		lastSealNanos = System.nanoTime();
		writingThread = new WriterThread(staging.root().toString());
	}

	@Override
	public void write(Chunk<? extends ExportRecord> chunk) {
		List<ExportRecord> records = new ArrayList<>(chunk.getItems());
		rejectLimit.count(records);
		writingThread.submit(() -> {
			rows.write(records);
			if (outputs.bufferedBytes() >= partTargetBytes || System.nanoTime() - lastSealNanos >= sealIntervalNanos) {
				seal(false);
			}
		});
	}

	@Override
	public void update(ExecutionContext context) {
		if (writingThread == null) {
			return; // not opened
		}
		// A chunk that failed to be written fails the commit that follows it at the
		// latest.
		writingThread.awaitWritten(checkpoint.inputExhausted());
		if (checkpoint.inputExhausted()) {
			// every chunk is written: this thread is the only one using the datasets now
			seal(true);
		}
		sealed.save(context);
	}

	/**
	 * @param end the end of the input: a dataset without rows gets an empty part
	 */
	private void seal(boolean end) {
		try {
			outputs.seal(end);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot seal the part files in " + staging.root() + ": " + ex.getMessage(),
					ex);
		}
		counts.seal();
		sealed = SealState.of(outputs, counts, rows.lastWritten() != null ? rows.lastWritten() : sealed.resumeAfter());
		lastSealNanos = System.nanoTime();
	}

	/**
	 * A step stopped at a chunk boundary ({@code stop}, a signal) seals what every chunk
	 * wrote, so that the next run resumes after the last file read, not after the last
	 * seal. The step's context is saved after this.
	 */
	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() != BatchStatus.STOPPED || writingThread == null || writingThread.stopped()) {
			return null;
		}
		try {
			writingThread.awaitWritten(true);
		}
		catch (RuntimeException | Error ex) {
			// a chunk was not written: the next run resumes from the last seal
			return null;
		}
		// every chunk is written: this thread is the only one using the datasets now
		seal(false);
		sealed.save(stepExecution.getExecutionContext());
		return null;
	}

	@Override
	public void close() {
		if (writingThread != null) {
			// After a failure or a stop, chunks not yet written are dropped (their rows
			// were never sealed); the one being written is finished, and discarded with
			// the open parts below.
			writingThread.close();
			writingThread = null;
		}
		try {
			rows.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		outputs.close();
	}

}
