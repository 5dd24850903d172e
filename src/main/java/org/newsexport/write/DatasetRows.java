package org.newsexport.write;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Checks a row against its schema before a writer takes it, so that a bad row fails with
 * the dataset and column named, and the CSV and Parquet outputs cannot disagree about it.
 */
final class DatasetRows {

	private DatasetRows() {
	}

	static void requireValid(DatasetSchema schema, Object[] row) {
		if (row.length != schema.columns().size()) {
			throw new IllegalArgumentException(
					schema.name() + " row has " + row.length + " values, expected " + schema.columns().size());
		}
		for (int i = 0; i < row.length; i++) {
			Column column = schema.columns().get(i);
			Object value = row[i];
			if (value == null && !column.nullable()) {
				throw new IllegalArgumentException(schema.name() + "." + column.name() + " is required but null");
			}
			Class<?> expected = javaType(column.type());
			if (value != null && !expected.isInstance(value)) {
				throw new IllegalArgumentException(schema.name() + "." + column.name() + " holds a "
						+ value.getClass().getName() + ", expected " + expected.getName());
			}
			if (value instanceof Double number && !Double.isFinite(number)) {
				throw new IllegalArgumentException(
						schema.name() + "." + column.name() + " is " + number + ", expected a finite number");
			}
		}
	}

	private static Class<?> javaType(ColumnType type) {
		return switch (type) {
			case STRING -> String.class;
			case INT32 -> Integer.class;
			case INT64 -> Long.class;
			case DATE -> LocalDate.class;
			case TIMESTAMP -> Instant.class;
			case DOUBLE -> Double.class;
			case BOOLEAN -> Boolean.class;
		};
	}

}
