package org.newsexport.write;

import java.util.List;

/**
 * The name and columns of a dataset: the one definition from which the CSV header, the Parquet schema and the
 * manifest are made. A row is an {@code Object[]} in column order, values typed as {@link ColumnType} says.
 */
public record DatasetSchema(String name, List<Column> columns) {

	public DatasetSchema {
		columns = List.copyOf(columns);
	}

	public String[] columnNames() {
		return columns.stream().map(Column::name).toArray(String[]::new);
	}

}
