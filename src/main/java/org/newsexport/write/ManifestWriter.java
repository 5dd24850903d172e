package org.newsexport.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code _manifest.json}, listing the part files that are really in the staged
 * export.
 */
public final class ManifestWriter {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private final FileSystem fs;

	public ManifestWriter(FileSystem fs) {
		this.fs = fs;
	}

	/**
	 * The dataset entry for a staged dataset, its file names relative to the export root.
	 */
	public Manifest.Dataset dataset(ExportLayout staging, DatasetSchema schema, long rows) throws IOException {
		List<String> parts = new ArrayList<>();
		Path dir = staging.parquetDir(schema);
		if (fs.exists(dir)) {
			FileStatus[] statuses = fs.listStatus(dir,
					path -> path.getName().endsWith(".parquet") && !path.getName().startsWith("."));
			Arrays.stream(statuses)
				.map(status -> ExportLayout.PARQUET + "/" + schema.name() + "/" + status.getPath().getName())
				.sorted()
				.forEach(parts::add);
		}
		String csv = ExportLayout.CSV + "/" + schema.name() + ".csv";
		return new Manifest.Dataset(schema.name(), schema.description(), rows, parts, csv, schema.columns());
	}

	public void write(Path file, Manifest manifest) throws IOException {
		try (OutputStream out = fs.create(file, true)) {
			JSON.writeValue(out, manifest);
		}
	}

}
