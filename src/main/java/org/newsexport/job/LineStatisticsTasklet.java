package org.newsexport.job;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.newsexport.article.SourceText;
import org.newsexport.clean.LineStatistics;
import org.newsexport.parallel.OrderedWork;
import org.newsexport.read.IncludePattern;
import org.newsexport.read.InputFileReader;
import org.newsexport.read.ReadCheckpoint;
import org.newsexport.write.ExportLayout;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A partition of the first step, {@code profile}: a pass over a range of the input files
 * that counts in how many files each line occurs, so that the cleaner can tell a site's
 * menus and footers (in many files) from an article's text. The counts are saved in the
 * partition's staging folder; {@link ProfilePartitions} adds up those of every partition
 * into the statistics of the run, where the export step (and a restarted export) finds
 * them.
 */
public class LineStatisticsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(LineStatisticsTasklet.class);

	/**
	 * Files read ahead of the counting: enough to keep the threads busy, few enough to
	 * hold in memory.
	 */
	private static final int FILES_IN_FLIGHT = 64;

	private final Path inputDir;

	private final IncludePattern include;

	private final long maxFileBytes;

	private final FileSystem fs;

	private final org.apache.hadoop.fs.Path target;

	private final String after;

	private final String through;

	private final boolean enabled;

	private final ExecutorService threads;

	/**
	 * @param target where to save the statistics
	 * @param threads the threads that fingerprint the files' lines, shared with the other
	 * partitions in this process ({@code null}: this step's thread); the files are
	 * counted in input order whatever their number, so the statistics are the same
	 * @param after the range starts after this file ({@code null}: at the start of the
	 * input)
	 * @param through the range ends with this file ({@code null}: at the end of the
	 * input)
	 */
	public LineStatisticsTasklet(Path inputDir, IncludePattern include, long maxFileBytes, FileSystem fs,
			org.apache.hadoop.fs.Path target, boolean enabled, ExecutorService threads, String after, String through) {
		this.inputDir = inputDir;
		this.include = include;
		this.threads = threads;
		this.maxFileBytes = maxFileBytes;
		this.fs = fs;
		this.target = target;
		this.enabled = enabled;
		this.after = after;
		this.through = through;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		if (!enabled) {
			return RepeatStatus.FINISHED;
		}
		LineStatistics statistics = new LineStatistics();
		ReadCheckpoint start = new ReadCheckpoint();
		start.resumeAfter(after);
		InputFileReader reader = new InputFileReader(inputDir, start, maxFileBytes, null, include).through(through);
		// The files are read and decoded on the fingerprinting threads too; a file that
		// is not text counts nothing.
		try (OrderedWork<long[]> fingerprinting = new OrderedWork<>(threads, FILES_IN_FLIGHT, lines -> {
			if (lines != null) {
				statistics.addLines(lines);
			}
		})) {
			for (InputFileReader.PendingFile next = reader.next(); next != null; next = reader.next()) {
				InputFileReader.PendingFile file = next;
				fingerprinting
					.submit(() -> (file.read() instanceof SourceText text) ? LineStatistics.lines(text.text()) : null);
				contribution.incrementReadCount();
			}
			fingerprinting.finish();
		}
		save(fs, statistics, target);
		return RepeatStatus.FINISHED;
	}

	/** Saves statistics into a file, written aside and then moved into place. */
	static void save(FileSystem fs, LineStatistics statistics, org.apache.hadoop.fs.Path target)
			throws java.io.IOException {
		org.apache.hadoop.fs.Path writing = target.suffix(".writing");
		try (OutputStream out = fs.create(writing, true)) {
			statistics.writeTo(out);
		}
		fs.delete(target, false);
		if (!fs.rename(writing, target)) {
			throw new java.io.IOException("Cannot move " + writing + " to " + target);
		}
	}

	/** One line on the statistics of a run. */
	static String describe(LineStatistics statistics) {
		return "Line statistics: " + statistics.files() + " files, " + statistics.size() + " distinct lines"
				+ (statistics.forgottenBelow() > 0
						? ", lines in fewer than " + statistics.forgottenBelow() + " files forgotten to bound memory"
						: "");
	}

	/** The statistics the profile step saved, or {@code null} when it was disabled. */
	public static LineStatistics load(FileSystem fs, ExportLayout staging) throws java.io.IOException {
		return load(fs, staging.lineStatistics());
	}

	/** The statistics saved in a file, or {@code null} when there is none. */
	static LineStatistics load(FileSystem fs, org.apache.hadoop.fs.Path file) throws java.io.IOException {
		if (!fs.exists(file)) {
			return null;
		}
		try (var in = fs.open(file)) {
			return LineStatistics.readFrom(in);
		}
	}

}
