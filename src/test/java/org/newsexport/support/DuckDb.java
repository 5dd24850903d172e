package org.newsexport.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsexport.write.ColumnType;
import org.newsexport.write.DatasetSchema;

/** An in-memory DuckDB: what the job wrote is read back the way a user would read it. */
public final class DuckDb implements AutoCloseable {

	private final Connection connection;

	public DuckDb() throws SQLException {
		this.connection = DriverManager.getConnection("jdbc:duckdb:");
	}

	/** A path as a quoted SQL string literal. */
	public static String literal(Object path) {
		return "'" + path.toString().replace("'", "''") + "'";
	}

	/** Every part of a dataset of an export, as a DuckDB table function. */
	public static String parquet(Path output, String dataset) {
		return "read_parquet(" + literal(output.resolve("parquet").resolve(dataset).resolve("*.parquet")) + ")";
	}

	/** The CSV file of a dataset of an export, auto-detected as a user would read it. */
	public static String csv(Path output, String dataset) {
		return csv(output, dataset, "");
	}

	/** The same with read_csv options, e.g. {@code ", max_line_size = 100000000"}. */
	public static String csv(Path output, String dataset, String options) {
		return "read_csv(" + literal(output.resolve("csv").resolve(dataset + ".csv")) + options + ")";
	}

	public List<List<Object>> rows(String sql) throws SQLException {
		List<List<Object>> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				Object[] row = new Object[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = result.getObject(i + 1);
				}
				rows.add(Arrays.asList(row));
			}
		}
		return rows;
	}

	/**
	 * The rows of a query over a dataset, with each value as the Java type its column
	 * type takes in a row.
	 */
	public List<List<Object>> rows(String select, DatasetSchema schema) throws SQLException {
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : rows(select)) {
			Object[] typed = new Object[row.size()];
			for (int i = 0; i < typed.length; i++) {
				typed[i] = typed(schema.columns().get(i).type(), row.get(i));
			}
			rows.add(Arrays.asList(typed));
		}
		return rows;
	}

	public long count(String source) throws SQLException {
		return ((Number) rows("SELECT count(*) FROM " + source).get(0).get(0)).longValue();
	}

	/** Column name to DuckDB type name, in column order, of a SELECT. */
	public Map<String, String> columnTypes(String select) throws SQLException {
		Map<String, String> types = new LinkedHashMap<>();
		for (List<Object> column : rows("DESCRIBE " + select)) {
			types.put((String) column.get(0), (String) column.get(1));
		}
		return types;
	}

	/**
	 * Every dataset of {@code output} against the same dataset of {@code reference}, in
	 * Parquet and in CSV: one entry ({@code "csv quotes: [...]"}) per dataset and format
	 * whose rows differ (multiset difference, both ways); empty when the two exports hold
	 * the same rows. Rows are compared without the columns that name the export that made
	 * them ({@code export_sequence}; in articles {@code job_execution_id} and
	 * {@code exported_at} too).
	 */
	public List<String> exportDifferences(Path output, Path reference) throws SQLException {
		List<String> differences = new ArrayList<>();
		for (DatasetSchema schema : org.newsexport.write.Datasets.ALL) {
			String dataset = schema.name();
			String columns = dataset.equals("articles") ? "* EXCLUDE (job_execution_id, exported_at, export_sequence)"
					: "* EXCLUDE (export_sequence)";
			List<List<Object>> parquet = difference(parquet(output, dataset), parquet(reference, dataset), columns);
			if (!parquet.isEmpty()) {
				differences.add("parquet " + dataset + ": " + parquet);
			}
			List<List<Object>> csv = difference(csv(output, dataset), csv(reference, dataset), columns);
			if (!csv.isEmpty()) {
				differences.add("csv " + dataset + ": " + csv);
			}
		}
		return differences;
	}

	/**
	 * Every dataset of {@code output} against the same dataset of {@code reference}, in
	 * Parquet and in CSV, row for row in the order of the files (Parquet parts in name
	 * order), without the {@code excluded} columns: one entry per dataset and format that
	 * differs, naming the first row that does; empty when the two exports hold the same
	 * rows in the same order.
	 */
	public List<String> exportDifferencesInOrder(Path output, Path reference, Collection<String> excluded)
			throws SQLException {
		List<String> differences = new ArrayList<>();
		for (DatasetSchema schema : org.newsexport.write.Datasets.ALL) {
			String dataset = schema.name();
			String columns = Arrays.stream(schema.columnNames())
				.filter(column -> !excluded.contains(column))
				.collect(Collectors.joining(", "));
			String parquetOrder = " ORDER BY filename, file_row_number";
			compareInOrder(differences, "parquet " + dataset,
					rows("SELECT " + columns + " FROM " + orderedParquet(output, dataset) + parquetOrder),
					rows("SELECT " + columns + " FROM " + orderedParquet(reference, dataset) + parquetOrder));
			compareInOrder(differences, "csv " + dataset, rows("SELECT " + columns + " FROM " + csv(output, dataset)),
					rows("SELECT " + columns + " FROM " + csv(reference, dataset)));
		}
		return differences;
	}

	private static String orderedParquet(Path output, String dataset) {
		return "read_parquet(" + literal(output.resolve("parquet").resolve(dataset).resolve("*.parquet"))
				+ ", filename = true, file_row_number = true)";
	}

	private static void compareInOrder(List<String> differences, String what, List<List<Object>> rows,
			List<List<Object>> reference) {
		for (int i = 0; i < Math.max(rows.size(), reference.size()); i++) {
			List<Object> row = i < rows.size() ? rows.get(i) : null;
			List<Object> expected = i < reference.size() ? reference.get(i) : null;
			if (!java.util.Objects.equals(row, expected)) {
				differences.add(what + ": row " + i + " of " + rows.size() + " is " + row + ", expected " + expected
						+ " (of " + reference.size() + ")");
				return;
			}
		}
	}

	/**
	 * Rows in one source and not the other, both ways (multiset difference), for the
	 * given columns.
	 */
	public List<List<Object>> difference(String left, String right, String columns) throws SQLException {
		List<List<Object>> diff = new ArrayList<>(rows(
				"(SELECT " + columns + " FROM " + left + ") EXCEPT ALL (SELECT " + columns + " FROM " + right + ")"));
		diff.addAll(rows(
				"(SELECT " + columns + " FROM " + right + ") EXCEPT ALL (SELECT " + columns + " FROM " + left + ")"));
		return diff;
	}

	/**
	 * CSV auto-detection reads every integer column as BIGINT, so numbers are narrowed to
	 * what the schema says.
	 */
	private static Object typed(ColumnType type, Object value) {
		if (value == null) {
			return null;
		}
		return switch (type) {
			case INT32 -> Math.toIntExact(((Number) value).longValue());
			case INT64 -> ((Number) value).longValue();
			case TIMESTAMP -> ((OffsetDateTime) value).toInstant();
			case DOUBLE -> ((Number) value).doubleValue();
			case STRING, DATE, BOOLEAN -> value;
		};
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

}
