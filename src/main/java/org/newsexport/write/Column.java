package org.newsexport.write;

import java.util.Objects;

/** One column of a dataset. */
public record Column(String name, ColumnType type, boolean nullable) {

	public Column {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}

	public static Column required(String name, ColumnType type) {
		return new Column(name, type, false);
	}

	public static Column optional(String name, ColumnType type) {
		return new Column(name, type, true);
	}

}
