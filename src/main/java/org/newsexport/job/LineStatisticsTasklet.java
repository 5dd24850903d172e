package org.newsexport.job;

import java.io.OutputStream;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.newsexport.article.SourceItem;
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
 * The first step, {@code profile}: a pass over every input file that counts in how many files each line occurs, so
 * that the cleaner can tell a site's menus and footers (in many files) from an article's text. The counts are saved in
 * the staging directory, where a restarted export finds them; a new export starts from an empty staging directory.
 */
public class LineStatisticsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(LineStatisticsTasklet.class);

	/** Files read ahead of the counting: enough to keep the threads busy, few enough to hold in memory. */
	private static final int FILES_IN_FLIGHT = 64;

	private final Path inputDir;

	private final IncludePattern include;

	private final long maxFileBytes;

	private final FileSystem fs;

	private final ExportLayout staging;

	private final boolean enabled;

	private final int threads;

	/**
	 * @param threads threads that fingerprint the files' lines; the files are counted in input order whatever their
	 * number, so the statistics are the same
	 */
	public LineStatisticsTasklet(Path inputDir, IncludePattern include, long maxFileBytes, FileSystem fs,
			ExportLayout staging, boolean enabled, int threads) {
		this.inputDir = inputDir;
		this.include = include;
		this.threads = threads;
		this.maxFileBytes = maxFileBytes;
		this.fs = fs;
		this.staging = staging;
		this.enabled = enabled;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		fs.delete(staging.root(), true);
		fs.mkdirs(staging.root());
		if (!enabled) {
			return RepeatStatus.FINISHED;
		}
		LineStatistics statistics = new LineStatistics();
		InputFileReader reader = new InputFileReader(inputDir, new ReadCheckpoint(), maxFileBytes, null, include);
		try (OrderedWork<long[]> fingerprinting = new OrderedWork<>("profile", threads, FILES_IN_FLIGHT,
				statistics::addLines)) {
			for (SourceItem item = reader.read(); item != null; item = reader.read()) {
				if (item instanceof SourceText text) {
					fingerprinting.submit(() -> LineStatistics.lines(text.text()));
				}
				contribution.incrementReadCount();
			}
			fingerprinting.finish();
		}
		try (OutputStream out = fs.create(staging.lineStatistics(), true)) {
			statistics.writeTo(out);
		}
		logger.info("Line statistics: " + statistics.files() + " files, " + statistics.size() + " distinct lines"
				+ (statistics.forgottenBelow() > 0 ? ", lines in fewer than " + statistics.forgottenBelow()
						+ " files forgotten to bound memory" : ""));
		return RepeatStatus.FINISHED;
	}

	/** The statistics the profile step saved, or {@code null} when it was disabled. */
	public static LineStatistics load(FileSystem fs, ExportLayout staging) throws java.io.IOException {
		if (!fs.exists(staging.lineStatistics())) {
			return null;
		}
		try (var in = fs.open(staging.lineStatistics())) {
			return LineStatistics.readFrom(in);
		}
	}

}
