package org.newsexport.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.newsexport.article.Article;
import org.newsexport.article.ExportRecord;
import org.newsexport.article.Reject;
import org.newsexport.article.RemovedLine;
import org.newsexport.article.Unchanged;
import org.newsexport.read.IncludePattern;
import org.newsexport.read.SortedFileWalker;
import org.newsexport.write.SealState;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows how far the export step is: on a terminal a progress bar (files done of total,
 * MB/s, ETA) on stderr; otherwise, for schedulers and log files, a log line every few
 * seconds; and at the end a summary of what was read, written, rejected and removed.
 */
public class ExportProgress implements StepExecutionListener, ItemWriteListener<ExportRecord> {

	private static final Log logger = LogFactory.getLog(ExportProgress.class);

	/**
	 * The step context key of the number of input files, for the summary of a stopped
	 * run.
	 */
	public static final String INPUT_FILES_KEY = "export.input-files";

	private static final long BAR_REFRESH_NANOS = Duration.ofMillis(200).toNanos();

	private static final int BAR_WIDTH = 30;

	/**
	 * In the job's context: how many files under the input are not input files (their
	 * names do not match).
	 */
	public static final String SKIPPED_FILES_KEY = "export.skipped-files";

	private final Path inputDir;

	private final IncludePattern include;

	private final PrintStream terminal;

	private final long logEveryNanos;

	private final LongConsumer listingNanos;

	private final Map<String, Long> rejectsByReason = new TreeMap<>();

	private final Map<String, Long> removedByRule = new HashMap<>();

	private long total;

	private long doneBefore;

	private long files;

	private long articles;

	private long unchanged;

	private long bytes;

	private long startNanos;

	private long lastReportNanos;

	/**
	 * "p-00001: " in front of the lines of a partition's progress, when the export has
	 * several.
	 */
	private String prefix = "";

	/**
	 * @param terminal where to draw a progress bar, or {@code null} to log lines instead
	 */
	public ExportProgress(Path inputDir, PrintStream terminal, Duration logEvery) {
		this(inputDir, terminal, logEvery, nanos -> {
		});
	}

	/**
	 * @param listingNanos told how long counting the input files took (a listing of the
	 * input: part of reading)
	 */
	public ExportProgress(Path inputDir, PrintStream terminal, Duration logEvery, LongConsumer listingNanos) {
		this(inputDir, IncludePattern.DEFAULT, terminal, logEvery, listingNanos);
	}

	/**
	 * @param include the names of the input files; the others are counted as skipped
	 */
	public ExportProgress(Path inputDir, IncludePattern include, PrintStream terminal, Duration logEvery,
			LongConsumer listingNanos) {
		this.inputDir = inputDir;
		this.include = include;
		this.terminal = terminal;
		this.logEveryNanos = logEvery.toNanos();
		this.listingNanos = listingNanos;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long listingStarted = System.nanoTime();
		ExecutionContext context = stepExecution.getExecutionContext();
		String resumeAfter = SealState.resumeAfter(context);
		// A partition of the export counts the files of its range only.
		String after = InputPartitioner.after(context);
		String through = InputPartitioner.through(context);
		prefix = after != null || through != null ? ExportJobConfiguration.partitionName(stepExecution) + ": " : "";
		SortedFileWalker walker = new SortedFileWalker(inputDir, null, include);
		while (walker.hasNext()) {
			String path = walker.next().relativePath();
			if (after != null && SortedFileWalker.compare(path, after) <= 0) {
				continue;
			}
			if (through != null && SortedFileWalker.compare(path, through) > 0) {
				// walked to the end all the same, to count the files that are not input
				// files
				continue;
			}
			total++;
			if (resumeAfter != null && SortedFileWalker.compare(path, resumeAfter) <= 0) {
				doneBefore++;
			}
		}
		stepExecution.getExecutionContext().putLong(INPUT_FILES_KEY, total);
		startNanos = System.nanoTime();
		listingNanos.accept(startNanos - listingStarted);
		lastReportNanos = startNanos;
		stepExecution.getJobExecution().getExecutionContext().putLong(SKIPPED_FILES_KEY, walker.skipped());
		logger
			.info(prefix + "Exporting " + total + " files" + (doneBefore > 0 ? ", " + doneBefore + " done before" : "")
					+ (walker.skipped() > 0 ? "; " + skipped(walker.skipped()) + " (not " + include + ")" : ""));
	}

	@Override
	public void afterWrite(Chunk<? extends ExportRecord> chunk) {
		for (ExportRecord record : chunk) {
			files++;
			if (record instanceof Article article) {
				articles++;
				bytes += article.sourceBytes();
				for (RemovedLine line : article.removedLines()) {
					removedByRule.merge(line.rule(), 1L, Long::sum);
				}
			}
			else if (record instanceof Reject reject) {
				rejectsByReason.merge(reject.reason().code(), 1L, Long::sum);
			}
			else if (record instanceof Unchanged skipped) {
				unchanged++;
				bytes += skipped.bytes();
			}
		}
		long now = System.nanoTime();
		if (terminal != null && now - lastReportNanos >= BAR_REFRESH_NANOS) {
			terminal.print("\r" + bar(now));
			terminal.flush();
			lastReportNanos = now;
		}
		else if (terminal == null && now - lastReportNanos >= logEveryNanos) {
			logger.info(prefix + status(now));
			lastReportNanos = now;
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		long now = System.nanoTime();
		if (terminal != null) {
			terminal.println("\r" + bar(now));
		}
		double seconds = Math.max(now - startNanos, 1) / 1e9;
		logger.info(prefix
				+ String.format("Read %d files (%.1f MB) in %.1f s: %.1f MB/s, %.0f files/s; %d articles, %d rejects%s",
						files, bytes / 1e6, seconds, bytes / 1e6 / seconds, files / seconds, articles,
						rejectsByReason.values().stream().mapToLong(Long::longValue).sum(),
						unchanged > 0 ? ", " + unchanged + " unchanged (skipped)" : ""));
		if (!rejectsByReason.isEmpty()) {
			logger.info(prefix + "Rejects by reason: " + counts(rejectsByReason));
		}
		if (!removedByRule.isEmpty()) {
			logger.info(prefix + "Removed lines by rule: " + counts(removedByRule));
		}
		return null;
	}

	private String status(long now) {
		long done = doneBefore + files;
		double seconds = Math.max(now - startNanos, 1) / 1e9;
		double filesPerSecond = files / seconds;
		String eta = filesPerSecond > 0 && total > done ? formatDuration((long) ((total - done) / filesPerSecond))
				: "-";
		return String.format("%d/%d files (%.0f%%), %.1f MB/s, %.0f files/s, ETA %s", done, total,
				total == 0 ? 100.0 : 100.0 * done / total, bytes / 1e6 / seconds, filesPerSecond, eta);
	}

	private String bar(long now) {
		long done = doneBefore + files;
		int filled = total == 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
		return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + status(now);
	}

	/** "3 other files skipped": the files under the input that are not input files. */
	public static String skipped(long files) {
		return files + " other file" + (files == 1 ? "" : "s") + " skipped";
	}

	/** Most frequent first. */
	private static String counts(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	private static String formatDuration(long seconds) {
		return seconds >= 3600 ? String.format("%dh%02dm", seconds / 3600, seconds / 60 % 60)
				: String.format("%dm%02ds", seconds / 60, seconds % 60);
	}

}
