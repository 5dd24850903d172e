package org.newsexport.write;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.newsexport.read.FileChange;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the last seal of the export step made durable, and the scheme of the keys it is
 * saved under in the step's {@link ExecutionContext}: for each dataset and format, its
 * sealed part files and rows; where reading resumes; in an incremental export, the sealed
 * files of each change and the rejects carried over from the base. Every key of the
 * sealed state is written and read here, and only here.
 * <p>
 * The key strings are part of the job repository's data: a restart takes up the state
 * that an earlier version of news-export saved under them, so they must not change.
 * <p>
 * An instance is made on the thread that sealed, which must not touch the step-scoped
 * {@link org.newsexport.read.ReadCheckpoint} (no step context on the writing thread), and
 * saved by the step's thread at the chunk commit.
 */
public final class SealState {

	static final String RESUME_AFTER_KEY = "export.resume-after";

	/**
	 * Saved with the sealed state at every chunk commit: its absence means nothing of
	 * this export is in staging.
	 */
	static final String STATE_SAVED_KEY = "export.state-saved";

	/**
	 * Sealed {@code rejects} rows carried over from the base: they do not count against
	 * the reject limit.
	 */
	static final String CARRIED_REJECTS_KEY = "export.rejects-carried";

	static final String PARQUET = "parquet";

	static final String CSV = "csv";

	private final ExecutionContext values;

	private final String resumeAfter;

	private SealState(ExecutionContext values, String resumeAfter) {
		this.values = values;
		this.resumeAfter = resumeAfter;
	}

	/**
	 * The state of what is sealed now.
	 * @param resumeAfter the last file whose rows are sealed, or {@code null} if none is
	 */
	static SealState of(DatasetOutputs outputs, ChangeCounts counts, String resumeAfter) {
		ExecutionContext values = new ExecutionContext();
		for (DatasetOutputs.DatasetOutput output : outputs.all()) {
			DatasetSchema schema = output.schema();
			values.putInt(partsKey(schema, PARQUET), output.parquet().sealedParts());
			values.putLong(rowsKey(schema, PARQUET), output.parquet().sealedRows());
			values.putInt(partsKey(schema, CSV), output.csv().sealedParts());
			values.putLong(rowsKey(schema, CSV), output.csv().sealedRows());
		}
		for (FileChange change : FileChange.values()) {
			values.putLong(sealedFilesKey(change), counts.sealed(change));
		}
		values.putLong(CARRIED_REJECTS_KEY, counts.sealedCarriedRejects());
		if (resumeAfter != null) {
			values.putString(RESUME_AFTER_KEY, resumeAfter);
		}
		return new SealState(values, resumeAfter);
	}

	/** The last file whose rows are sealed, or {@code null} if none is. */
	String resumeAfter() {
		return resumeAfter;
	}

	/** Into the step's context, with the mark that a state was saved. */
	void save(ExecutionContext context) {
		values.entrySet().forEach(entry -> context.put(entry.getKey(), entry.getValue()));
		context.putString(STATE_SAVED_KEY, "true");
	}

	/**
	 * Whether a sealed state was saved in the step's context: if not, nothing in staging
	 * belongs to the step.
	 */
	static boolean saved(ExecutionContext context) {
		return context.containsKey(STATE_SAVED_KEY);
	}

	/**
	 * The number of sealed part files of a dataset in a format ({@link #PARQUET} or
	 * {@link #CSV}).
	 */
	static int sealedParts(ExecutionContext context, DatasetSchema schema, String format) {
		return context.getInt(partsKey(schema, format), 0);
	}

	/**
	 * The number of sealed rows of a dataset in a format ({@link #PARQUET} or
	 * {@link #CSV}).
	 */
	static long sealedRows(ExecutionContext context, DatasetSchema schema, String format) {
		return context.getLong(rowsKey(schema, format), 0L);
	}

	/**
	 * Whether the context was saved by a version that staged a dataset's CSV as one file.
	 */
	static boolean hasSingleCsvFile(ExecutionContext context, DatasetSchema schema) {
		return context.containsKey(key(schema, CSV + ".bytes"));
	}

	/** The sealed rejects carried over from the base export. */
	static long sealedCarriedRejects(ExecutionContext context) {
		return context.getLong(CARRIED_REJECTS_KEY, 0L);
	}

	/**
	 * Makes a step that has not run yet start reading after this file, as if it had
	 * sealed everything up to it: a partition of the export starts after the previous
	 * partition's range.
	 */
	public static void startAfter(ExecutionContext context, String relativePath) {
		context.putString(RESUME_AFTER_KEY, relativePath);
	}

	/**
	 * Where reading resumes according to a saved step context, or {@code null} at the
	 * beginning.
	 */
	public static String resumeAfter(ExecutionContext context) {
		return context.containsKey(RESUME_AFTER_KEY) ? context.getString(RESUME_AFTER_KEY) : null;
	}

	/**
	 * The execution context key under which the number of sealed rows of a dataset is
	 * saved.
	 */
	public static String sealedRowsKey(DatasetSchema schema) {
		return rowsKey(schema, PARQUET);
	}

	public static long sealedRows(ExecutionContext context, DatasetSchema schema) {
		return context.getLong(sealedRowsKey(schema), 0L);
	}

	/**
	 * The sealed rejects of a saved step context that count against the reject limit (not
	 * carried from a base).
	 */
	public static long sealedOwnRejects(ExecutionContext context) {
		return sealedRows(context, Datasets.REJECTS) - sealedCarriedRejects(context);
	}

	/**
	 * The execution context key under which the number of sealed {@code files} rows with
	 * a change is saved.
	 */
	public static String sealedFilesKey(FileChange change) {
		return "export.files-" + change.code();
	}

	public static long sealedFiles(ExecutionContext context, FileChange change) {
		return context.getLong(sealedFilesKey(change), 0L);
	}

	/**
	 * The keys of the counts of a run: the sealed rows of every dataset and the sealed
	 * files of every change, which the job sums over the partitions of a step and keeps
	 * in its own context.
	 */
	public static List<String> countKeys() {
		return Stream
			.concat(Datasets.ALL.stream().map(SealState::sealedRowsKey),
					Arrays.stream(FileChange.values()).map(SealState::sealedFilesKey))
			.toList();
	}

	private static String partsKey(DatasetSchema schema, String format) {
		return key(schema, format + ".parts");
	}

	private static String rowsKey(DatasetSchema schema, String format) {
		return key(schema, format + ".rows");
	}

	private static String key(DatasetSchema schema, String what) {
		return "export." + schema.name() + "." + what;
	}

}
