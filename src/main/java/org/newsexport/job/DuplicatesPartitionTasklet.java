package org.newsexport.job;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsexport.dedup.Corpus;
import org.newsexport.dedup.DuplicateFinder;
import org.newsexport.dedup.MinHashParameters;
import org.newsexport.dedup.SketchFile;
import org.newsexport.write.ArticleBodyReader;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One partition of the duplicates step: the per-article part of finding duplicates.
 * Sketches the articles of its range of the staged articles' parts
 * ({@link ArticlePartitioner}), in their order, into a {@link SketchFile} in the
 * partition's staging folder on the output file system, where the step's manager reads it
 * ({@link DuplicatesPartitions}). The file is written aside and moved into place, so it
 * is there whole or not at all; a rerun writes it again.
 */
public class DuplicatesPartitionTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(DuplicatesPartitionTasklet.class);

	private final FileSystem fs;

	private final Path articlesDir;

	private final Path target;

	private final MinHashParameters parameters;

	private final ExecutorService threads;

	/**
	 * @param articlesDir the directory of the staged articles' Parquet parts
	 * @param target where to save the sketches
	 * @param threads threads that sketch the articles, shared with the other partitions
	 * in this process; {@code null}: this partition's thread
	 */
	public DuplicatesPartitionTasklet(FileSystem fs, Path articlesDir, Path target, MinHashParameters parameters,
			ExecutorService threads) {
		this.fs = fs;
		this.articlesDir = articlesDir;
		this.target = target;
		this.parameters = parameters;
		this.threads = threads;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		StepExecution partition = contribution.getStepExecution();
		List<Path> parts = ArticlePartitioner.range(fs, articlesDir, partition.getExecutionContext());
		long started = System.nanoTime();
		long articles = sketch(parts);
		partition.setReadCount(articles); // the manager adds them up
		logger.info(String.format("Duplicates partition %s: %d articles of %d part%s sketched; %.1f s",
				ExportJobConfiguration.partitionName(partition), articles, parts.size(), parts.size() == 1 ? "" : "s",
				(System.nanoTime() - started) / 1e9));
		return RepeatStatus.FINISHED;
	}

	/** Sketches the articles of some parts into the target file; returns their number. */
	long sketch(List<Path> parts) throws IOException {
		ArticleBodyReader articles = new ArticleBodyReader(fs, parts);
		Corpus corpus = visitor -> articles.forEach(visitor::visit);
		// No temporary files: sketching only computes; the finder's work directory is not
		// used.
		DuplicateFinder finder = new DuplicateFinder(parameters, null);
		Path writing = target.suffix(".writing");
		long documents;
		try (SketchFile.Writer sketches = new SketchFile.Writer(fs.create(writing, true), parameters.permutations())) {
			documents = finder.sketch(corpus, threads, sketches);
			sketches.finish();
		}
		fs.delete(target, false);
		if (!fs.rename(writing, target)) {
			throw new IOException("Cannot move " + writing + " to " + target);
		}
		return documents;
	}

}
