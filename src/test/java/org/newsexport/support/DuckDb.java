package org.newsexport.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what the job wrote the way a user would: through DuckDB. */
public final class DuckDb implements AutoCloseable {

	private final Connection connection;

	public DuckDb() throws SQLException {
		this.connection = DriverManager.getConnection("jdbc:duckdb:");
	}

	public static String parquet(Path output, String dataset) {
		return "read_parquet('" + output.resolve("parquet").resolve(dataset) + "/*.parquet')";
	}

	public static String csv(Path output, String dataset) {
		return "read_csv('" + output.resolve("csv").resolve(dataset + ".csv") + "')";
	}

	public List<List<Object>> rows(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			List<List<Object>> rows = new ArrayList<>();
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<Object> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(rs.getObject(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

	public long count(String source) throws SQLException {
		return ((Number) rows("SELECT count(*) FROM " + source).get(0).get(0)).longValue();
	}

	/** Column name to DuckDB type, in order. */
	public Map<String, String> types(String source) throws SQLException {
		Map<String, String> types = new LinkedHashMap<>();
		for (List<Object> row : rows("DESCRIBE SELECT * FROM " + source)) {
			types.put((String) row.get(0), (String) row.get(1));
		}
		return types;
	}

	/** Rows in one source and not the other, both ways (multiset difference), for the given columns. */
	public List<List<Object>> difference(String left, String right, String columns) throws SQLException {
		List<List<Object>> diff = new ArrayList<>(rows("(SELECT " + columns + " FROM " + left + ") EXCEPT ALL (SELECT "
				+ columns + " FROM " + right + ")"));
		diff.addAll(rows("(SELECT " + columns + " FROM " + right + ") EXCEPT ALL (SELECT " + columns + " FROM " + left
				+ ")"));
		return diff;
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

}
