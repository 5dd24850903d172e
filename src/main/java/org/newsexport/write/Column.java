package org.newsexport.write;

import java.util.Objects;

/**
 * One column of a dataset, with what it holds in words: the one description from which
 * the manifest, the Parquet footers, the DuckDB views' comments and the column tables of
 * docs/datasets.md are all made.
 *
 * @param description plain text, one sentence or a few, code in backticks; empty when the
 * name says it all
 */
public record Column(String name, ColumnType type, boolean nullable, String description) {

	public Column {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(description, "description");
	}

	public static Column required(String name, ColumnType type) {
		return new Column(name, type, false, "");
	}

	public static Column optional(String name, ColumnType type) {
		return new Column(name, type, true, "");
	}

	/** This column, described. */
	public Column described(String description) {
		return new Column(name, type, nullable, description);
	}

}
