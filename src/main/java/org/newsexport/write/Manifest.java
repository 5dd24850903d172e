package org.newsexport.write;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an export holds, written as {@code _manifest.json} beside the datasets: which run
 * made it, with which parameters, whether it is incremental, and for every dataset its
 * description, row count, files and schema (each column with its description). Paths are
 * relative to the output directory. {@code timings} are the seconds the execution that
 * completed the export spent in each stage (see docs/benchmark.md).
 *
 * @param incremental what an incremental export holds against its base; {@code null} for
 * a full export
 */
public record Manifest(String job, long jobInstanceId, long jobExecutionId, String exportedAt,
		Map<String, String> parameters, Incremental incremental, List<Dataset> datasets, Map<String, Double> timings) {

	public record Dataset(String name, String description, long rows, List<String> parquetFiles, String csvFile,
			List<Column> columns) {
	}

	/**
	 * An incremental export: the export it is based on, and its input files against that
	 * export's: new (not in the base), changed (another content hash), unchanged
	 * (skipped), deleted (in the base, not in the input any more).
	 */
	public record Incremental(long baseExecution, long baseExportSequence, @JsonProperty("new") long newFiles,
			long changed, long unchanged, long deleted) {
	}

}
