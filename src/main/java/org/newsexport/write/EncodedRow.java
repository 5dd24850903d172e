package org.newsexport.write;

import java.nio.charset.StandardCharsets;

/**
 * A row whose text values are already encoded as UTF-8: both formats store text as UTF-8,
 * so a text is encoded once for its Parquet column and its CSV field rather than once by
 * each writer. The values are those of the row, except that each {@code String} is its
 * UTF-8 bytes ({@link String#getBytes}: an unpaired surrogate becomes {@code ?}, as it
 * did when each writer encoded it); the row must have been checked by
 * {@link DatasetRows#requireValid} first.
 */
final class EncodedRow {

	private EncodedRow() {
	}

	/**
	 * A copy of the row with its strings as UTF-8 bytes; the row itself is left as it is.
	 */
	static Object[] of(Object[] row) {
		Object[] encoded = new Object[row.length];
		for (int i = 0; i < row.length; i++) {
			Object value = row[i];
			encoded[i] = (value instanceof String text) ? text.getBytes(StandardCharsets.UTF_8) : value;
		}
		return encoded;
	}

}
