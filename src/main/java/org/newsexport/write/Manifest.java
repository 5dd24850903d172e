package org.newsexport.write;

import java.util.List;
import java.util.Map;

/**
 * What an export holds, written as {@code _manifest.json} beside the datasets: which run made it, with which
 * parameters, and for every dataset its row count, files and schema. Paths are relative to the output directory.
 * {@code timings} are the seconds the execution that completed the export spent in each stage (see the README).
 */
public record Manifest(String job, long jobInstanceId, long jobExecutionId, String exportedAt,
		Map<String, String> parameters, List<Dataset> datasets, Map<String, Double> timings) {

	public record Dataset(String name, long rows, List<String> parquetFiles, String csvFile, List<Column> columns) {
	}

}
