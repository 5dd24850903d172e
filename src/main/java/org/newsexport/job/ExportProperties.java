package org.newsexport.job;

import java.nio.file.Path;
import java.time.Duration;

import org.newsexport.read.IncludePattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the export job ({@code export.*} in {@code config/application.yml}),
 * checked at start-up.
 *
 * @param input the input directory (default {@code seeds})
 * @param output the output directory, a local path or a Hadoop file system URI such as
 * {@code hdfs://nn/exports}
 * @param rulesFile the cleaning rules
 * @param commitInterval files per chunk: how often the job repository records progress
 * @param partSize buffered Parquet bytes (over all datasets) at which the part files are
 * sealed; a restart reads again at most this much work
 * @param rowGroupSize Parquet row group size
 * @param maxFileSize input files larger than this are rejected
 * @param rejectLimit the most input files an export may reject before the run fails;
 * negative for no limit
 * @param progressInterval how often a progress line is logged when the output is not a
 * terminal
 * @param threads threads that clean files in parallel (0: one per processor); reading and
 * writing stay in order
 * @param lineStatistics whether a first pass counts the lines repeated across the run's
 * files, for the cleaner
 * @param incremental whether a new export cleans only the files that are new or changed
 * since the export published in the output (of the same input, with the same rules), and
 * carries the rows of the others over from it
 * @param include the input files: comma-separated globs matched on the file name
 * ({@link IncludePattern})
 * @param minKeepRatio the publish step refuses an export with fewer articles than this
 * share of the published export's (see {@link PublishGuard})
 * @param force publish even what {@link PublishGuard} would refuse ({@code --force}); not
 * part of the job identity
 * @param sealInterval the part files are also sealed when this long has passed since the
 * last seal, so that a killed run redoes at most about this much work
 * @param maxCleanTime the longest one file may take to clean and extract (wall-clock time
 * on its thread); a file that takes longer is abandoned and rejected
 * ({@code clean_timeout})
 * @param partitions how many partitions the export step splits the input into (contiguous
 * ranges of the sorted files, each with its own staging folder and restart state); fixed
 * for an export at its first run
 * @param brokerUrl the JMS broker (Apache ActiveMQ Artemis, {@code tcp://host:61616})
 * over which partitions go to {@code news-export worker} processes; empty: partitions run
 * on threads of this process
 * @param brokerQueue the queue of partition requests on that broker
 * @param workerTimeout how long a partition a worker runs may go without a sign of life
 * before the manager takes its worker for dead (and how long the manager waits for any
 * worker to take a partition)
 */
@ConfigurationProperties(prefix = "export", ignoreUnknownFields = false)
public record ExportProperties(@DefaultValue("seeds") String input, @DefaultValue("output") String output,
		@DefaultValue("config/cleaning-rules.yml") Path rulesFile, @DefaultValue("100") int commitInterval,
		@DefaultValue("128MB") DataSize partSize, @DefaultValue("128MB") DataSize rowGroupSize,
		@DefaultValue("64MB") DataSize maxFileSize, @DefaultValue("-1") long rejectLimit,
		@DefaultValue("10s") Duration progressInterval, @DefaultValue("0") int threads,
		@DefaultValue("true") boolean lineStatistics, @DefaultValue("false") boolean incremental,
		@DefaultValue(IncludePattern.DEFAULT_TEXT) String include, @DefaultValue("0.5") double minKeepRatio,
		@DefaultValue("false") boolean force, @DefaultValue("60s") Duration sealInterval,
		@DefaultValue("60s") Duration maxCleanTime, @DefaultValue("1") int partitions,
		@DefaultValue("") String brokerUrl, @DefaultValue("news-export.partitions") String brokerQueue,
		@DefaultValue("5m") Duration workerTimeout) {

	public ExportProperties {
		require(commitInterval > 0, "export.commit-interval must be at least 1, not " + commitInterval);
		require(partSize.toBytes() > 0, "export.part-size must be positive, not " + partSize);
		require(rowGroupSize.toBytes() > 0, "export.row-group-size must be positive, not " + rowGroupSize);
		require(maxFileSize.toBytes() > 0, "export.max-file-size must be positive, not " + maxFileSize);
		require(minKeepRatio >= 0 && minKeepRatio <= 1,
				"export.min-keep-ratio must be between 0 and 1, not " + minKeepRatio);
		require(sealInterval.compareTo(Duration.ZERO) > 0,
				"export.seal-interval must be positive, not " + sealInterval);
		require(threads >= 0, "export.threads must be 0 (one per processor) or more, not " + threads);
		try {
			include = IncludePattern.parse(include).toString();
		}
		catch (IllegalArgumentException ex) {
			// its message says all
			throw new IllegalArgumentException("export.include: " + ex.getMessage());
		}
		require(!maxCleanTime.isNegative() && !maxCleanTime.isZero(),
				"export.max-clean-time must be positive, not " + maxCleanTime);
		require(partitions >= 1, "export.partitions must be at least 1, not " + partitions);
		require(workerTimeout.compareTo(Duration.ZERO) > 0,
				"export.worker-timeout must be positive, not " + workerTimeout);
		threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
	}

	/** Whether partitions go to worker processes over a broker. */
	public boolean remote() {
		return !brokerUrl.isBlank();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
