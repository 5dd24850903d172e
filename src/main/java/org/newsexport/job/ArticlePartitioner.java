package org.newsexport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsexport.write.DatasetRowReader;
import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the staged {@code articles} of the export (gathered into one dataset, in input
 * order, when the duplicates step runs) into contiguous ranges of its sorted Parquet part
 * files: partition {@code i} of {@code N} takes parts {@code [i·n/N, (i+1)·n/N)} of the
 * {@code n}, so that the partitions' sketches put one after the other are in the
 * articles' order. Partitions are named as the input's ({@link InputPartitioner#name}).
 * <p>
 * A range is saved in its partition's step context, with the number of parts it was made
 * of: the ranges are made once, at the step's first execution; a restart keeps them
 * (Spring Batch reuses the saved contexts, and asks this class only for the partitions'
 * names).
 */
public class ArticlePartitioner implements Partitioner, PartitionNameProvider {

	/** The index of the range's first part in the sorted parts. */
	public static final String FIRST_PART_KEY = "partition.first-part";

	/** The index after the range's last part. */
	public static final String END_PART_KEY = "partition.end-part";

	/** How many parts the articles had when the ranges were made. */
	public static final String PARTS_KEY = "partition.parts";

	private final FileSystem fs;

	private final Path articlesDir;

	/**
	 * @param articlesDir the directory of the staged articles' Parquet parts
	 */
	public ArticlePartitioner(FileSystem fs, Path articlesDir) {
		this.fs = fs;
		this.articlesDir = articlesDir;
	}

	@Override
	public List<String> getPartitionNames(int gridSize) {
		List<String> names = new ArrayList<>(gridSize);
		for (int i = 0; i < gridSize; i++) {
			names.add(InputPartitioner.name(i));
		}
		return names;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		int parts;
		try {
			parts = DatasetRowReader.parts(fs, articlesDir).size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot split the articles into partitions: " + ex.getMessage(), ex);
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < gridSize; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(FIRST_PART_KEY, (int) ((long) i * parts / gridSize));
			context.putInt(END_PART_KEY, (int) ((long) (i + 1) * parts / gridSize));
			context.putInt(PARTS_KEY, parts);
			partitions.put(InputPartitioner.name(i), context);
		}
		return partitions;
	}

	/**
	 * The parts of a partition's range, from the articles' parts as they are now.
	 * @throws IOException when the articles no longer have the parts the range was made
	 * of
	 */
	public static List<Path> range(FileSystem fs, Path articlesDir, ExecutionContext partition) throws IOException {
		List<Path> parts = DatasetRowReader.parts(fs, articlesDir);
		int expected = partition.getInt(PARTS_KEY);
		if (parts.size() != expected) {
			throw new IOException("The staged articles in " + articlesDir + " are " + parts.size() + " parts, not the "
					+ expected + " the partitions were made of; the staging folder was changed "
					+ "while the export ran, so start a new export");
		}
		return parts.subList(partition.getInt(FIRST_PART_KEY), partition.getInt(END_PART_KEY));
	}

}
