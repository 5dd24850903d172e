package org.newsexport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsexport.clean.LineStatistics;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The partitioned {@code profile} step, on the manager. Before its first execution it
 * empties the export's staging folder (a new export starts from nothing; a restart keeps
 * what the partitions that completed saved). When every partition has counted its range
 * of the input ({@link LineStatisticsTasklet}), it adds up their line statistics, in
 * partition order, into the statistics of the run ({@link LineStatistics#merge}): the
 * same counts as one pass over the whole input, as long as no partition had to forget
 * lines to bound its memory.
 */
public class ProfilePartitions extends PartitionedStepEnd {

	/**
	 * The worker step: partitions are its executions, named
	 * {@code profilePartition:p-00000}, ...
	 */
	public static final String WORKER_STEP = "profilePartition";

	private static final Log logger = LogFactory.getLog(ProfilePartitions.class);

	private final JobFileSystems fileSystems;

	private final boolean enabled;

	public ProfilePartitions(JobRepository jobRepository, JobFileSystems fileSystems, boolean enabled) {
		super(jobRepository);
		this.fileSystems = fileSystems;
		this.enabled = enabled;
	}

	/** Where a partition saves its statistics. */
	static Path partitionStatistics(RunFiles files, String partition) {
		return files.staging().partition(partition).lineStatistics();
	}

	/**
	 * What the manager step does before its partitions run: see
	 * {@link #managerListener()}.
	 */
	void beforeStep(StepExecution manager) {
		if (InputPartitioner.gridSize(manager) == 0) {
			// the step's first execution in this export
			RunFiles files = RunFiles.of(manager.getJobExecution(), fileSystems);
			try {
				files.fs().delete(files.staging().root(), true);
				files.fs().mkdirs(files.staging().root());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(
						"Cannot prepare the staging directory " + files.staging().root() + ": " + ex.getMessage(), ex);
			}
		}
	}

	/**
	 * The listener of the manager step. Not this class itself: every {@code StepListener}
	 * bean is added to the export's worker step, which must not run the manager's
	 * callbacks.
	 */
	public StepExecutionListener managerListener() {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				ProfilePartitions.this.beforeStep(stepExecution);
			}
		};
	}

	@Override
	protected void allPartitionsDone(StepExecution result) {
		if (!enabled) {
			return;
		}
		RunFiles files = RunFiles.of(result.getJobExecution(), fileSystems);
		FileSystem fs = files.fs();
		List<String> names = InputPartitioner.names(result);
		try {
			if (fs.exists(files.staging().lineStatistics()) && !fs.exists(partitionStatistics(files, names.get(0)))) {
				return; // added up by an earlier attempt
			}
			LineStatistics statistics = new LineStatistics();
			for (String name : names) {
				LineStatistics partition = LineStatisticsTasklet.load(fs, partitionStatistics(files, name));
				if (partition == null) {
					throw new IOException("the line statistics of partition " + name + " are missing");
				}
				statistics.merge(partition);
			}
			LineStatisticsTasklet.save(fs, statistics, files.staging().lineStatistics());
			for (String name : names) {
				fs.delete(partitionStatistics(files, name), false);
			}
			logger.info(LineStatisticsTasklet.describe(statistics));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot add up the line statistics in " + files.staging().root() + ": " + ex.getMessage(), ex);
		}
	}

}
