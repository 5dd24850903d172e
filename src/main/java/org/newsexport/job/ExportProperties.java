package org.newsexport.job;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the export job ({@code export.*} in {@code config/application.yml}), checked at start-up.
 *
 * @param input the input directory (default {@code seeds})
 * @param output the output directory, a local path or a Hadoop file system URI such as {@code hdfs://nn/exports}
 * @param rulesFile the cleaning rules
 * @param commitInterval files per chunk: how often the job repository records progress
 * @param partSize buffered Parquet bytes (over all datasets) at which the part files are sealed; a restart reads
 * again at most this much work
 * @param rowGroupSize Parquet row group size
 * @param maxFileSize input files larger than this are rejected
 * @param rejectLimit the most input files an export may reject before the run fails; negative for no limit
 * @param progressInterval how often a progress line is logged when the output is not a terminal
 * @param threads threads that clean files in parallel (0: one per processor); reading and writing stay in order
 * @param lineStatistics whether a first pass counts the lines repeated across the run's files, for the cleaner
 * @param incremental whether a new export holds only the files that are new or changed since the export published
 * in the output (of the same input, with the same rules)
 * @param maxCleanTime the longest one file may take to clean and extract (wall-clock time on its thread); a file that
 * takes longer is abandoned and rejected ({@code clean_timeout})
 */
@ConfigurationProperties("export")
public record ExportProperties(@DefaultValue("seeds") String input, @DefaultValue("output") String output,
		@DefaultValue("config/cleaning-rules.yml") Path rulesFile, @DefaultValue("100") int commitInterval,
		@DefaultValue("128MB") DataSize partSize, @DefaultValue("128MB") DataSize rowGroupSize,
		@DefaultValue("64MB") DataSize maxFileSize, @DefaultValue("-1") long rejectLimit,
		@DefaultValue("10s") Duration progressInterval, @DefaultValue("0") int threads,
		@DefaultValue("true") boolean lineStatistics, @DefaultValue("false") boolean incremental,
		@DefaultValue("60s") Duration maxCleanTime) {

	public ExportProperties {
		require(commitInterval > 0, "export.commit-interval must be at least 1, not " + commitInterval);
		require(partSize.toBytes() > 0, "export.part-size must be positive, not " + partSize);
		require(rowGroupSize.toBytes() > 0, "export.row-group-size must be positive, not " + rowGroupSize);
		require(maxFileSize.toBytes() > 0, "export.max-file-size must be positive, not " + maxFileSize);
		require(threads >= 0, "export.threads must be 0 (one per processor) or more, not " + threads);
		require(!maxCleanTime.isNegative() && !maxCleanTime.isZero(), "export.max-clean-time must be positive, not " + maxCleanTime);
		threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
