package org.newsexport.write;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows for any dataset, made from its column types, with the values that trip CSV and
 * Parquet writers: nulls, empty strings, quotes, separators and line breaks inside text,
 * non-ASCII text, extreme numbers (doubles written with an exponent too), dates and
 * instants before 1970. The first column is unique and sorts in row order, so a reader
 * can {@code ORDER BY 1}.
 */
final class SampleRows {

	private static final List<String> TEXTS = List.of("plain text", "“curly quotes” and ‘single’", "مرحبا بالعالم",
			"emoji 😀 and 👍🏽", "line one\nline two", "comma, inside", "quote \" inside and \"\" doubled",
			"crlf\r\ninside", "  leading and trailing spaces  ", "#not a comment", "tab\tinside", "NULL", "");

	/**
	 * Values whose text has an exponent, many digits, or a sign, and the extremes of the
	 * type.
	 */
	private static final List<Double> DOUBLES = List.of(0.0, 1.0, 0.1 + 0.2, 1.0 / 3, -2.5, 0.00001, 1.0e7, -0.0,
			Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_NORMAL, 0.9921875, 123456789.125);

	private SampleRows() {
	}

	static List<Object[]> rows(DatasetSchema schema, int count) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Object[] row = new Object[schema.columns().size()];
			for (int c = 0; c < row.length; c++) {
				Column column = schema.columns().get(c);
				boolean isNull = column.nullable() && (i + c) % 4 == 1;
				row[c] = isNull ? null : value(column, c, i);
			}
			rows.add(row);
		}
		return rows;
	}

	static List<List<Object>> asLists(List<Object[]> rows) {
		return rows.stream().map(Arrays::asList).toList();
	}

	private static Object value(Column column, int c, int i) {
		return switch (column.type()) {
			case STRING -> (c == 0) ? String.format("%s %05d %s", column.name(), i, TEXTS.get(i % TEXTS.size()))
					: TEXTS.get((i + c) % TEXTS.size());
			case INT32 -> switch (i % 3) {
				case 0 -> i;
				case 1 -> -1000 * i;
				default -> Integer.MAX_VALUE - i;
			};
			case INT64 -> (i % 3 == 2) ? Long.MIN_VALUE + i : 10_000_000_000L * i;
			case DATE -> (i % 5 == 4) ? LocalDate.of(1969, 7, 20) : LocalDate.of(2022, 1, 22).plusDays(37L * i);
			case TIMESTAMP -> switch (i % 5) {
				case 3 -> Instant.parse("2026-11-21T08:30:00Z");
				case 4 -> Instant.parse("1969-12-31T23:59:59.999999Z");
				default -> Instant.parse("2026-11-21T08:30:00.123456Z").plusSeconds(86_461L * i);
			};
			case DOUBLE -> DOUBLES.get((i + c) % DOUBLES.size());
			case BOOLEAN -> (i + c) % 3 == 0;
		};
	}

}
