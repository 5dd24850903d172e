package org.newsexport.job;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.read.FileChange;
import org.newsexport.read.FileIndex;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.Manifest;
import org.newsexport.write.SealState;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * The export an incremental export is based on: the execution that published it, its
 * sequence number and the index of its input files. The {@code base} step saves it in the
 * export's staging directory when the export starts, so that every execution of the
 * export (a restart too) skips the same files, whatever was published since; a full
 * export has none. Not final: the export step shares it between its reader and writer as
 * a step-scoped bean.
 */
public class IncrementalBase {

	/**
	 * Job execution context keys, for the summary line: the base's execution, sequence
	 * and number of files.
	 */
	static final String EXECUTION_KEY = "export.base.execution";

	static final String SEQUENCE_KEY = "export.base.sequence";

	static final String FILES_KEY = "export.base.files";

	private static final IncrementalBase NONE = new IncrementalBase(0, 0, null);

	private final long execution;

	private final long sequence;

	private final FileIndex files;

	IncrementalBase(long execution, long sequence, FileIndex files) {
		this.execution = execution;
		this.sequence = sequence;
		this.files = files;
	}

	/** The base of a full export: none. */
	public static IncrementalBase none() {
		return NONE;
	}

	public boolean isIncremental() {
		return files != null;
	}

	/** The job execution that published the base export. */
	public long execution() {
		return execution;
	}

	/** The base export's sequence number. */
	public long sequence() {
		return sequence;
	}

	/** The base export's input files, or {@code null} for a full export. */
	public FileIndex files() {
		return files;
	}

	/**
	 * Checks that the base is still the export published in {@code output}, whose rows of
	 * unchanged files the export carries over.
	 * @throws CannotResumeException when another export was published there since this
	 * one started, or none is
	 */
	void requirePublished(FileSystem fs, ExportLayout output) throws IOException {
		long published = -1;
		if (fs.exists(output.success()) && fs.exists(output.manifest())) {
			try (InputStream in = fs.open(output.manifest())) {
				published = JsonMapper.builder().build().readTree(in).path("job_execution_id").asLong(-1);
			}
		}
		if (published != execution) {
			throw new CannotResumeException("the base of this incremental export (export #" + sequence + ", execution "
					+ execution + ") is no longer the export published in " + output.root()
					+ (published < 0 ? " (it holds no complete export)" : " (execution " + published + " is)")
					+ ": abandon this execution and run again");
		}
	}

	void save(FileSystem fs, ExportLayout staging) throws IOException {
		try (OutputStream out = fs.create(staging.baseFiles(), true)) {
			DataOutputStream header = new DataOutputStream(out);
			header.writeLong(execution);
			header.writeLong(sequence);
			header.flush();
			files.writeTo(out);
		}
	}

	static boolean isRecorded(ExecutionContext jobContext) {
		return jobContext.containsKey(EXECUTION_KEY);
	}

	/** Puts the base in the job's context, so that a summary can say it. */
	void record(ExecutionContext jobContext) {
		jobContext.putLong(EXECUTION_KEY, execution);
		jobContext.putLong(SEQUENCE_KEY, sequence);
		jobContext.putLong(FILES_KEY, files.size());
	}

	/**
	 * What an export based on this holds, from the counts the export step saved in the
	 * job's context.
	 */
	Manifest.Incremental holdings(ExecutionContext jobContext) {
		return holdings(execution, sequence, files.size(), jobContext);
	}

	/**
	 * What an incremental export holds, as its job's context records it (for a summary),
	 * or {@code null} for a full export.
	 */
	public static Manifest.Incremental recorded(ExecutionContext jobContext) {
		if (!isRecorded(jobContext)) {
			return null;
		}
		return holdings(jobContext.getLong(EXECUTION_KEY), jobContext.getLong(SEQUENCE_KEY),
				jobContext.getLong(FILES_KEY), jobContext);
	}

	private static Manifest.Incremental holdings(long execution, long sequence, long baseFiles,
			ExecutionContext jobContext) {
		long changed = SealState.sealedFiles(jobContext, FileChange.CHANGED);
		long unchanged = SealState.sealedFiles(jobContext, FileChange.UNCHANGED);
		return new Manifest.Incremental(execution, sequence, SealState.sealedFiles(jobContext, FileChange.NEW), changed,
				unchanged, baseFiles - changed - unchanged);
	}

	/**
	 * The base the {@code base} step saved in staging, or none.
	 * @throws CannotResumeException when the job's context says the export is incremental
	 * but staging lost its base
	 */
	static IncrementalBase load(FileSystem fs, ExportLayout staging, ExecutionContext jobContext) throws IOException {
		if (!fs.exists(staging.baseFiles())) {
			if (isRecorded(jobContext)) {
				throw new CannotResumeException("the base of this incremental export (export #"
						+ jobContext.getLong(SEQUENCE_KEY) + ") is missing from " + staging.baseFiles()
						+ ": abandon this execution and run again");
			}
			return NONE;
		}
		try (InputStream in = fs.open(staging.baseFiles())) {
			DataInputStream header = new DataInputStream(in);
			long execution = header.readLong();
			long sequence = header.readLong();
			return new IncrementalBase(execution, sequence, FileIndex.readFrom(in));
		}
	}

}
