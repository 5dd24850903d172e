package org.newsexport.write;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which export a Parquet part belongs to, and which execution wrote it, as its footer
 * says. The job instance, export sequence and rules hash are the same for every part of
 * an export, whether its partitions wrote them and however often it was restarted;
 * {@code writtenBy} is the job execution that wrote the part: a part sealed before a
 * restart keeps the execution that sealed it, which need not be the manifest's
 * {@code job_execution_id} (the execution that completed the export). An incremental
 * export writes the rows it carries over from its base into parts of its own: no part of
 * a base is reused as it is.
 */
public record ExportIdentity(long jobInstanceId, long exportSequence, String rulesSha256, long writtenBy) {

	/** The prefix of every key news-export writes into a Parquet footer. */
	public static final String PREFIX = "news_export.";

	public static final String DATASET = PREFIX + "dataset";

	public static final String DATASET_DESCRIPTION = PREFIX + "dataset.description";

	/** Followed by a column's name: its description. */
	public static final String COLUMN = PREFIX + "column.";

	public static final String JOB_INSTANCE = PREFIX + "job_instance_id";

	public static final String EXPORT_SEQUENCE = PREFIX + "export_sequence";

	public static final String RULES = PREFIX + "rules_sha256";

	public static final String WRITTEN_BY = PREFIX + "written_by_execution";

	public ExportIdentity {
		Objects.requireNonNull(rulesSha256, "rulesSha256");
	}

	/**
	 * The key-value metadata of a part's footer: the dataset, its description and each
	 * column's, and, when known, the export's identity.
	 * @param identity the export's identity, or {@code null} outside an export (a bench,
	 * a test)
	 */
	public static Map<String, String> footer(DatasetSchema schema, ExportIdentity identity) {
		Map<String, String> footer = new LinkedHashMap<>();
		footer.put(DATASET, schema.name());
		if (!schema.description().isEmpty()) {
			footer.put(DATASET_DESCRIPTION, schema.description());
		}
		for (Column column : schema.columns()) {
			if (!column.description().isEmpty()) {
				footer.put(COLUMN + column.name(), column.description());
			}
		}
		if (identity != null) {
			footer.put(JOB_INSTANCE, Long.toString(identity.jobInstanceId()));
			footer.put(EXPORT_SEQUENCE, Long.toString(identity.exportSequence()));
			footer.put(RULES, identity.rulesSha256());
			footer.put(WRITTEN_BY, Long.toString(identity.writtenBy()));
		}
		return footer;
	}

}
