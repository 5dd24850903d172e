package org.newsexport.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files written beside the datasets for their readers, made from the datasets'
 * schemas:
 * <ul>
 * <li>{@code duckdb.sql}: a DuckDB view per dataset over its Parquet parts, with the
 * descriptions of the dataset and its columns as comments. Its paths are relative
 * ({@code parquet/articles/*.parquet}), and DuckDB resolves a relative path against its
 * working directory, then against the folders of its {@code file_search_path}: so
 * {@code cd output && duckdb -init duckdb.sql} works, as does
 * {@code SET file_search_path = 'output'} before the file is read from elsewhere,
 * wherever the output folder was moved or copied to. An absolute path would hold only
 * where the export was written, and a path relative to the file itself cannot be said in
 * DuckDB.</li>
 * <li>{@code parquet/README.txt}: says that each folder is one dataset. It also turns a
 * read of the whole {@code parquet} folder, which pandas and pyarrow would otherwise take
 * as one dataset of mixed rows under the first dataset's columns, into an error that
 * names this file; readers of one dataset's folder or of {@code *.parquet} globs never
 * see it.</li>
 * </ul>
 * Both are written into staging before the manifest, as the manifest is (a new file
 * written whole and closed), and published with the datasets by renames
 * ({@link ExportPublisher}).
 */
public final class ReaderFiles {

	/** The text of {@code parquet/README.txt}. */
	static final String PARQUET_README = """
			Each folder here is one dataset, with its own columns: read one folder, never this one.

			  pandas:  pd.read_parquet("output/parquet/articles", dtype_backend="pyarrow")
			  DuckDB:  SELECT * FROM read_parquet('output/parquet/articles/*.parquet')
			           or, in the output folder: duckdb -init duckdb.sql, then SELECT * FROM articles

			This file is here so that a read of the whole parquet folder fails instead of mixing the datasets.
			The datasets and their columns are described in ../_manifest.json and in each part's footer.
			""";

	private ReaderFiles() {
	}

	/**
	 * Writes {@code duckdb.sql} and {@code parquet/README.txt} of the datasets into the
	 * (staged) export.
	 */
	public static void write(FileSystem fs, ExportLayout export, List<DatasetSchema> datasets) throws IOException {
		write(fs, export.duckDbViews(), duckDbViews(datasets));
		if (fs.exists(export.parquetReadme().getParent())) {
			write(fs, export.parquetReadme(), PARQUET_README);
		}
	}

	/** The text of {@code duckdb.sql}. */
	public static String duckDbViews(List<DatasetSchema> datasets) {
		StringBuilder sql = new StringBuilder();
		sql.append("""
				-- The datasets of this export as DuckDB views, described (written by news-export).
				-- The paths are relative: DuckDB resolves them against its working directory, then against the
				-- folders of its file_search_path. In this folder: duckdb -init duckdb.sql
				-- From anywhere: SET file_search_path = 'path/to/output'; .read path/to/output/duckdb.sql
				""");
		for (DatasetSchema schema : datasets) {
			String view = identifier(schema.name());
			sql.append('\n')
				.append("CREATE OR REPLACE VIEW ")
				.append(view)
				.append(" AS SELECT * FROM read_parquet(")
				.append(literal(ExportLayout.PARQUET + "/" + schema.name() + "/*.parquet"))
				.append(");\n");
			if (!schema.description().isEmpty()) {
				sql.append("COMMENT ON VIEW ")
					.append(view)
					.append(" IS ")
					.append(literal(schema.description()))
					.append(";\n");
			}
			for (Column column : schema.columns()) {
				if (!column.description().isEmpty()) {
					sql.append("COMMENT ON COLUMN ")
						.append(view)
						.append('.')
						.append(identifier(column.name()))
						.append(" IS ")
						.append(literal(column.description()))
						.append(";\n");
				}
			}
		}
		return sql.toString();
	}

	private static String identifier(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	private static String literal(String text) {
		return '\'' + text.replace("'", "''") + '\'';
	}

	private static void write(FileSystem fs, Path file, String text) throws IOException {
		try (OutputStream out = fs.create(file, true)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
	}

}
