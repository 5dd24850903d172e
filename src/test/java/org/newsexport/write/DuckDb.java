package org.newsexport.write;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory DuckDB, the reader our output is checked with. */
final class DuckDb implements AutoCloseable {

	private final Connection connection;

	DuckDb() throws SQLException {
		this.connection = DriverManager.getConnection("jdbc:duckdb:");
	}

	/** A path as a quoted SQL string literal. */
	static String literal(Object path) {
		return "'" + path.toString().replace("'", "''") + "'";
	}

	/** Column name to DuckDB type name, in column order. */
	Map<String, String> columnTypes(String select) throws SQLException {
		Map<String, String> types = new LinkedHashMap<>();
		for (List<Object> column : query("DESCRIBE " + select)) {
			types.put((String) column.get(0), (String) column.get(1));
		}
		return types;
	}

	/** The rows of a query over a dataset, with each value as the Java type its column type takes in a row. */
	List<List<Object>> rows(String select, DatasetSchema schema) throws SQLException {
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : query(select)) {
			Object[] typed = new Object[row.size()];
			for (int i = 0; i < typed.length; i++) {
				typed[i] = typed(schema.columns().get(i).type(), row.get(i));
			}
			rows.add(Arrays.asList(typed));
		}
		return rows;
	}

	List<List<Object>> query(String sql) throws SQLException {
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

	/** CSV auto-detection reads every integer column as BIGINT, so numbers are narrowed to what the schema says. */
	private static Object typed(ColumnType type, Object value) {
		if (value == null) {
			return null;
		}
		return switch (type) {
			case INT32 -> Math.toIntExact(((Number) value).longValue());
			case INT64 -> ((Number) value).longValue();
			case TIMESTAMP -> ((OffsetDateTime) value).toInstant();
			case STRING, DATE -> value;
		};
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

}
