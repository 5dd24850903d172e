package org.newsexport.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsexport.read.IncludePattern;
import org.newsexport.read.SortedFileWalker;
import org.newsexport.write.SealState;
import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the input of the export step into contiguous ranges of the sorted input files
 * ({@link SortedFileWalker} order), about the same number of files each: partition
 * {@code p-00000} holds the first files, the next partition the files after them, and so
 * on, so that the partitions' datasets put one after the other are in input order, as a
 * single-process export's are.
 * <p>
 * A range is saved in its partition's step context: where reading starts (the writer's
 * checkpoint, after the previous range's last file) and its last file
 * ({@link #THROUGH_KEY}). The first range is open at its start and the last at its end,
 * so files added before a restart fall in some range. The ranges are made once, at the
 * export's first execution; a restart keeps them (Spring Batch reuses the saved contexts,
 * and asks this class only for the partitions' names).
 */
public class InputPartitioner implements Partitioner, PartitionNameProvider {

	/**
	 * The relative path of a partition's last file; absent for the last partition (to the
	 * end of the input).
	 */
	public static final String THROUGH_KEY = "partition.through";

	/**
	 * Where a partition's range starts: after this relative path; absent for the first
	 * partition.
	 */
	public static final String AFTER_KEY = "partition.after";

	/** How many files the range held when it was made. */
	public static final String FILES_KEY = "partition.files";

	/**
	 * The last file of a range that holds nothing: every relative path sorts after the
	 * empty path. Given to the ranges in front when there are fewer files than
	 * partitions.
	 */
	static final String NOTHING = "";

	/**
	 * Where Spring Batch keeps a partitioned step's number of partitions, in the manager
	 * step's context.
	 */
	private static final String GRID_SIZE_KEY = SimpleStepExecutionSplitter.class.getSimpleName() + ".GRID_SIZE";

	private final Path inputDir;

	private final IncludePattern include;

	public InputPartitioner(Path inputDir, IncludePattern include) {
		this.inputDir = inputDir;
		this.include = include;
	}

	/**
	 * The name of partition {@code index}: {@code p-00000}, {@code p-00001}, ... (their
	 * order is the input's).
	 */
	public static String name(int index) {
		return String.format("p-%05d", index);
	}

	@Override
	public List<String> getPartitionNames(int gridSize) {
		List<String> names = new ArrayList<>(gridSize);
		for (int i = 0; i < gridSize; i++) {
			names.add(name(i));
		}
		return names;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		// Two walks, so that only the ranges' boundaries are held, not every path of a
		// large input.
		long files = 0;
		for (SortedFileWalker walker = new SortedFileWalker(inputDir, null, include); walker.hasNext(); walker.next()) {
			files++;
		}
		// the number of files up to and including each range
		long[] ends = new long[gridSize];
		for (int i = 0; i < gridSize; i++) {
			ends[i] = files * (i + 1) / gridSize;
		}
		String[] last = new String[gridSize];
		SortedFileWalker walker = new SortedFileWalker(inputDir, null, include);
		long seen = 0;
		int range = 0;
		while (range < gridSize - 1 && ends[range] == 0) {
			range++; // fewer files than partitions: the first ranges hold none
		}
		while (range < gridSize - 1 && walker.hasNext()) {
			String path = walker.next().relativePath();
			seen++;
			while (range < gridSize - 1 && ends[range] == seen) {
				last[range++] = path;
			}
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		String after = null;
		for (int i = 0; i < gridSize; i++) {
			ExecutionContext context = new ExecutionContext();
			String through = i == gridSize - 1 ? null : last[i] != null ? last[i] : after != null ? after : NOTHING;
			if (after != null) {
				context.putString(AFTER_KEY, after);
				SealState.startAfter(context, after);
			}
			if (through != null) {
				context.putString(THROUGH_KEY, through);
			}
			context.putLong(FILES_KEY, ends[i] - (i == 0 ? 0 : ends[i - 1]));
			partitions.put(name(i), context);
			if (through != null && !through.equals(NOTHING)) {
				after = through;
			}
		}
		return partitions;
	}

	/**
	 * The number of partitions of a partitioned step, fixed at its first execution; 0
	 * before it split its input.
	 */
	public static int gridSize(StepExecution manager) {
		return (int) manager.getExecutionContext().getLong(GRID_SIZE_KEY, 0L);
	}

	/** The names of a partitioned step's partitions, in input order. */
	public static List<String> names(StepExecution manager) {
		int gridSize = gridSize(manager);
		List<String> names = new ArrayList<>(gridSize);
		for (int i = 0; i < gridSize; i++) {
			names.add(name(i));
		}
		return names;
	}

	/** The last file of a partition's range, or {@code null} for the end of the input. */
	public static String through(ExecutionContext partition) {
		return partition.containsKey(THROUGH_KEY) ? partition.getString(THROUGH_KEY) : null;
	}

	/**
	 * Where a partition's range starts (after this path), or {@code null} for the start
	 * of the input.
	 */
	public static String after(ExecutionContext partition) {
		return partition.containsKey(AFTER_KEY) ? partition.getString(AFTER_KEY) : null;
	}

}
