package org.newsexport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.support.DuckDb;
import org.newsexport.support.TestCorpus;
import org.newsexport.write.Column;
import org.newsexport.write.ColumnType;
import org.newsexport.write.DatasetSchema;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportIdentity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code duckdb.sql} an export writes, run as a user would after moving the output:
 * from a copy of the output in another folder (the original deleted), with DuckDB's
 * {@code file_search_path} set to it; every view reads its dataset, with the schema's
 * types and descriptions as comments. And the Parquet footers, read with DuckDB's
 * {@code parquet_kv_metadata}: each part names its dataset, describes its columns and
 * carries the export's identity.
 */
class DuckDbViewsTest {

	@TempDir
	static Path tmp;

	/** The output, copied elsewhere; the original is deleted. */
	private static Path copy;

	private static JsonNode manifest;

	@BeforeAll
	static void exportTheSeedsAndMoveThem() throws IOException {
		Path output = tmp.resolve("output");
		CliRun cli = CliRun.inFolder(tmp.resolve("repository"));
		assertThat(cli.export(TestCorpus.SEEDS, output)).as(cli.err()).isZero();
		copy = tmp.resolve("elsewhere").resolve("the export");
		copyTree(output, copy);
		deleteTree(output);
		manifest = JsonMapper.builder().build().readTree(copy.resolve("_manifest.json").toFile());
	}

	@Test
	void viewsFileReadsEveryDatasetOfAMovedOutput() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			statement.execute("SET file_search_path = " + DuckDb.literal(copy.toAbsolutePath()));
			statement.execute(Files.readString(copy.resolve("duckdb.sql")));
			for (DatasetSchema schema : Datasets.ALL) {
				assertThat(single(connection, "SELECT count(*) FROM " + schema.name()))
					.as("rows of view %s", schema.name())
					.isEqualTo(rows(schema.name()));
				assertThat(single(connection, "SELECT comment FROM duckdb_views() WHERE view_name = ?", schema.name()))
					.as("comment of view %s", schema.name())
					.isEqualTo(schema.description());
				Map<String, List<String>> expected = new LinkedHashMap<>();
				for (Column column : schema.columns()) {
					expected.put(column.name(), List.of(duckDbType(column.type()), column.description()));
				}
				assertThat(columns(connection, schema.name())).as("columns of view %s: type and comment", schema.name())
					.containsExactlyEntriesOf(expected);
			}
		}
	}

	@Test
	void viewsReadNothingWithoutTheSearchPath() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			String views = Files.readString(copy.resolve("duckdb.sql"));
			assertThatThrownBy(() -> statement.execute(views))
				.as("the views' paths are relative, not where the export was written (DuckDB binds a view when "
						+ "creating it)")
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("parquet/articles/*.parquet");
		}
	}

	@Test
	void parquetFootersDescribeTheColumnsAndTheExport() throws Exception {
		JsonNode parameters = manifest.get("parameters");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
			for (DatasetSchema schema : Datasets.ALL) {
				Path dir = copy.resolve("parquet").resolve(schema.name());
				List<Path> parts;
				try (Stream<Path> files = Files.list(dir)) {
					parts = files.filter(file -> file.toString().endsWith(".parquet")).sorted().toList();
				}
				assertThat(parts).as("parts of %s", schema.name()).isNotEmpty();
				for (Path part : parts) {
					Map<String, String> footer = footer(connection, part);
					Map<String, String> expected = new TreeMap<>();
					expected.put(ExportIdentity.DATASET, schema.name());
					expected.put(ExportIdentity.DATASET_DESCRIPTION, schema.description());
					schema.columns()
						.forEach(column -> expected.put(ExportIdentity.COLUMN + column.name(), column.description()));
					expected.put(ExportIdentity.JOB_INSTANCE, manifest.get("job_instance_id").asString());
					expected.put(ExportIdentity.EXPORT_SEQUENCE, parameters.get("export.sequence").asString());
					expected.put(ExportIdentity.RULES, parameters.get("rules.sha256").asString());
					expected.put(ExportIdentity.WRITTEN_BY, manifest.get("job_execution_id").asString());
					assertThat(footer).as("news-export's footer metadata of %s", part).isEqualTo(expected);
				}
			}
		}
	}

	/**
	 * The footer's key-value metadata of a part whose key starts with news-export's
	 * prefix.
	 */
	private static Map<String, String> footer(Connection connection, Path part) throws SQLException {
		Map<String, String> footer = new TreeMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT decode(key), decode(value) FROM parquet_kv_metadata("
						+ DuckDb.literal(part.toAbsolutePath()) + ")")) {
			while (result.next()) {
				if (result.getString(1).startsWith(ExportIdentity.PREFIX)) {
					footer.put(result.getString(1), result.getString(2));
				}
			}
		}
		return footer;
	}

	/** Column name to its DuckDB type and comment, in the view's order. */
	private static Map<String, List<String>> columns(Connection connection, String view) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement("SELECT column_name, data_type, comment "
				+ "FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index")) {
			statement.setString(1, view);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					columns.put(result.getString(1), List.of(result.getString(2), String.valueOf(result.getString(3))));
				}
			}
		}
		return columns;
	}

	private static Object single(Connection connection, String sql, Object... arguments) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				statement.setObject(i + 1, arguments[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				List<Object> values = new ArrayList<>();
				while (result.next()) {
					values.add(result.getObject(1));
				}
				assertThat(values).as("values of %s", sql).hasSize(1);
				return values.get(0);
			}
		}
	}

	private static long rows(String dataset) {
		for (JsonNode node : manifest.get("datasets")) {
			if (node.get("name").asString().equals(dataset)) {
				return node.get("rows").asLong();
			}
		}
		throw new AssertionError("no dataset " + dataset + " in the manifest");
	}

	private static String duckDbType(ColumnType type) {
		return switch (type) {
			case STRING -> "VARCHAR";
			case INT32 -> "INTEGER";
			case INT64 -> "BIGINT";
			case DATE -> "DATE";
			case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
			case DOUBLE -> "DOUBLE";
			case BOOLEAN -> "BOOLEAN";
		};
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.delete(path);
			}
		}
	}

}
