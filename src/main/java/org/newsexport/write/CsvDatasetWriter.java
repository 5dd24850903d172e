package org.newsexport.write;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes the rows of one dataset to one CSV file: RFC 4180 (comma, double quotes, CRLF), UTF-8 without a BOM, a header
 * row, fields quoted only where needed. A null is an empty field and an empty string is {@code ""}, so the two stay
 * apart (DuckDB keeps them apart when read with {@code allow_quoted_nulls=false}). The file is appended to across
 * restarts: {@link #seal()} records how many bytes are complete, and {@link #restore} cuts off anything after that.
 */
public final class CsvDatasetWriter implements Closeable {

	private static final CSVFormat MINIMAL_QUOTES = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

	/** Used for the empty string only: minimal quoting would quote it only as a record's first field. */
	private static final CSVFormat ALL_QUOTES = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

	/**
	 * ISO 8601 in UTC with exactly six fraction digits, e.g. {@code 2026-11-21T08:30:00.123456Z}: DuckDB's
	 * {@code read_csv} detects it as TIMESTAMP WITH TIME ZONE, pandas parses it as datetime64[us, UTC], and the fixed
	 * width keeps the microseconds the Parquet files hold.
	 */
	private static final DateTimeFormatter TIMESTAMP_FORMAT = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int BUFFER_BYTES = 64 * 1024;

	private final FileSystem fs;

	private final Path file;

	private final DatasetSchema schema;

	private FSDataOutputStream stream;

	private OutputStream out;

	/**
	 * The record being printed. Commons CSV appends a quoted field piece by piece, and a {@link java.io.Writer} would
	 * copy each piece into a new String first; a StringBuilder takes them as they are, and the whole record is then
	 * encoded at once (String's own UTF-8 encoder is several times faster than a Writer's).
	 */
	private final StringBuilder record = new StringBuilder(1024);

	private long rows;

	private long sealedBytes;

	private long sealedRows;

	public CsvDatasetWriter(FileSystem fs, Path file, DatasetSchema schema) {
		this.fs = fs;
		this.file = file;
		this.schema = schema;
	}

	/**
	 * Takes up from the state a previous run recorded. On a fresh start, {@code (0, 0)}, creates the file, replacing
	 * any, and writes and seals the header; otherwise cuts the file back to its sealed length and appends from there.
	 */
	public void restore(long sealedBytes, long sealedRows) throws IOException {
		if (sealedBytes < 0 || sealedRows < 0) {
			throw new IllegalArgumentException("Sealed bytes and rows cannot be negative: " + sealedBytes + ", "
					+ sealedRows);
		}
		try {
			if (sealedBytes == 0) {
				open(fs.create(file, true));
				printRecord(schema.columnNames());
				flushAndRecordSealed();
			}
			else {
				truncate(sealedBytes);
				open(fs.append(file));
				this.rows = sealedRows;
				this.sealedBytes = sealedBytes;
				this.sealedRows = sealedRows;
			}
		}
		catch (IOException ex) {
			throw failure("restore", ex);
		}
	}

	public void write(Object[] row) throws IOException {
		requireRestored();
		DatasetRows.requireValid(schema, row);
		String[] fields = new String[row.length];
		for (int i = 0; i < row.length; i++) {
			fields[i] = (row[i] != null) ? text(schema.columns().get(i).type(), row[i]) : null;
		}
		try {
			printRecord(fields);
		}
		catch (IOException ex) {
			throw failure("write a row to", ex);
		}
		rows++;
	}

	/** Pushes every row written so far to the file and records its length and row count as complete. */
	public void seal() throws IOException {
		requireRestored();
		try {
			flushAndRecordSealed();
		}
		catch (IOException ex) {
			throw failure("seal", ex);
		}
	}

	public long sealedBytes() {
		return sealedBytes;
	}

	public long sealedRows() {
		return sealedRows;
	}

	/** Rows written, sealed or not. */
	public long rows() {
		return rows;
	}

	@Override
	public void close() throws IOException {
		if (out == null) {
			return;
		}
		try {
			out.close();
		}
		catch (IOException ex) {
			throw failure("close", ex);
		}
		finally {
			out = null;
		}
	}

	private void requireRestored() {
		if (out == null) {
			throw new IllegalStateException("restore must be called before writing to " + file);
		}
	}

	private void truncate(long length) throws IOException {
		long actual;
		try {
			actual = fs.getFileStatus(file).getLen();
		}
		catch (FileNotFoundException ex) {
			throw new IllegalStateException("CSV file " + file + " is missing, but the last run sealed " + length
					+ " bytes of it; start a new export", ex);
		}
		if (actual < length) {
			throw new IllegalStateException("CSV file " + file + " has " + actual + " bytes, but the last run sealed "
					+ length + "; start a new export");
		}
		if (actual > length && !fs.truncate(file, length)) {
			throw new IllegalStateException("The file system is still truncating " + file + " to " + length
					+ " bytes; restart again once it is done");
		}
	}

	private void flushAndRecordSealed() throws IOException {
		out.flush();
		// So that sealed rows survive a machine crash too. Except after a restart: Hadoop 3.4's
		// RawLocalFileSystem.append wraps its stream in a plain BufferedOutputStream, so hsync only flushes.
		stream.hsync();
		sealedBytes = stream.getPos();
		sealedRows = rows;
	}

	private void open(FSDataOutputStream stream) {
		this.stream = stream;
		this.out = new BufferedOutputStream(stream, BUFFER_BYTES);
	}

	private void printRecord(String[] fields) throws IOException {
		record.setLength(0);
		for (int i = 0; i < fields.length; i++) {
			CSVFormat format = "".equals(fields[i]) ? ALL_QUOTES : MINIMAL_QUOTES;
			format.print(fields[i], record, i == 0);
		}
		MINIMAL_QUOTES.println(record);
		out.write(record.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String text(ColumnType type, Object value) {
		return switch (type) {
			case STRING -> (String) value;
			case INT32, INT64, DATE -> value.toString(); // LocalDate prints ISO 8601: 2022-01-22
			case TIMESTAMP -> TIMESTAMP_FORMAT.format((Instant) value);
			// Double.toString reads back as the same double; it uses an exponent below 10^-3 and from 10^7 (1.0E-5).
			case DOUBLE, BOOLEAN -> value.toString();
		};
	}

	private IOException failure(String action, IOException cause) {
		return new IOException("Could not " + action + " CSV file " + file + ": " + cause.getMessage(), cause);
	}

}
