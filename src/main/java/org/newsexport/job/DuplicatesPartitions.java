package org.newsexport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.dedup.MinHashParameters;
import org.newsexport.dedup.SketchFile;
import org.newsexport.dedup.SketchSource;
import org.newsexport.write.Datasets;
import org.newsexport.write.ParquetOptions;
import org.newsexport.write.SealState;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The end of the partitioned {@code duplicates} step, on the manager: once every
 * partition has sketched its range of the staged articles
 * ({@link DuplicatesPartitionTasklet}), reads their sketch files in partition order,
 * which is the articles' order, into one index, exactly as one pass over the articles
 * would have added them, links the clusters, compares the clustered articles exactly and
 * writes the {@code duplicates} dataset ({@link DuplicatesDataset}): the same rows for
 * any number of partitions. Its row count goes into the step's context, promoted to the
 * job's.
 * <p>
 * The sketch files stay in staging until the export is published, so an aggregation run
 * again (a restart after a crash in it) writes the dataset again from scratch.
 */
public class DuplicatesPartitions extends PartitionedStepEnd {

	/**
	 * The worker step: partitions are its executions, named
	 * {@code duplicatesPartition:p-00000}, ...
	 */
	public static final String WORKER_STEP = "duplicatesPartition";

	private final JobFileSystems fileSystems;

	private final MinHashParameters parameters;

	private final ParquetOptions parquet;

	private final long partTargetBytes;

	private final Path workDir;

	/**
	 * @param partTargetBytes buffered Parquet bytes at which a part is sealed, as in the
	 * export step
	 * @param workDir a local directory of the manager for the temporary signature and
	 * shingle files
	 */
	public DuplicatesPartitions(JobRepository jobRepository, JobFileSystems fileSystems, MinHashParameters parameters,
			ParquetOptions parquet, long partTargetBytes, Path workDir) {
		super(jobRepository);
		this.fileSystems = fileSystems;
		this.parameters = parameters;
		this.parquet = parquet;
		this.partTargetBytes = partTargetBytes;
		this.workDir = workDir;
	}

	/** Where a partition saves the sketches of its articles. */
	static org.apache.hadoop.fs.Path partitionSketches(RunFiles files, String partition) {
		return files.staging().partition(partition).sketches();
	}

	@Override
	protected void allPartitionsDone(StepExecution result) {
		JobExecution job = result.getJobExecution();
		RunFiles files = RunFiles.of(job, fileSystems);
		List<String> names = InputPartitioner.names(result);
		DuplicatesDataset dataset = new DuplicatesDataset(files.fs(), files.staging(),
				parquet.withIdentity(ExportParameters.identity(job)), partTargetBytes, parameters, workDir, 1,
				job.getJobParameters().getLong(ExportParameters.SEQUENCE));
		try {
			long rows = dataset.write(sketches(files.fs(), files, names));
			result.setWriteCount(rows);
			result.getExecutionContext().putLong(SealState.sealedRowsKey(Datasets.DUPLICATES), rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot write the duplicates of the export in " + files.staging().root() + ": " + ex.getMessage(),
					ex);
		}
	}

	/** The partitions' sketches, one partition after the other. */
	private SketchSource sketches(FileSystem fs, RunFiles files, List<String> names) {
		return consumer -> {
			for (String name : names) {
				org.apache.hadoop.fs.Path file = partitionSketches(files, name);
				if (!fs.exists(file)) {
					throw new IOException("the sketches of partition " + name + " are missing (" + file + ")");
				}
				SketchFile.read(fs.open(file), parameters.permutations(), file.toString(), consumer);
			}
		};
	}

}
