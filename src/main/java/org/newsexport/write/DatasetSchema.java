package org.newsexport.write;

import java.util.List;
import java.util.Objects;

/**
 * The name, description and columns of a dataset: the one definition from which the CSV
 * header, the Parquet schema and footer, the manifest, the DuckDB views file and the
 * column tables of docs/datasets.md are made. A row is an {@code Object[]} in column
 * order, values typed as {@link ColumnType} says.
 *
 * @param description what a row is, plain text; empty when not said
 */
public record DatasetSchema(String name, String description, List<Column> columns) {

	public DatasetSchema {
		Objects.requireNonNull(description, "description");
		columns = List.copyOf(columns);
	}

	public DatasetSchema(String name, List<Column> columns) {
		this(name, "", columns);
	}

	public String[] columnNames() {
		return columns.stream().map(Column::name).toArray(String[]::new);
	}

}
