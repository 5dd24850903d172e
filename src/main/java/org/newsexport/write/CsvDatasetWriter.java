package org.newsexport.write;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TreeMap;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes the rows of one dataset as CSV: RFC 4180 (comma, double quotes, CRLF), UTF-8
 * without a BOM, a header row, fields quoted only where needed. A null is an empty field
 * and an empty string is {@code ""}, so the two stay apart (DuckDB keeps them apart when
 * read with {@code allow_quoted_nulls=false}).
 * <p>
 * The records are those Commons CSV prints with {@code CSVFormat.RFC4180} and
 * {@link org.apache.commons.csv.QuoteMode#MINIMAL} (the empty string with
 * {@code QuoteMode.ALL}), byte for byte ({@code CsvDatasetWriterTest} compares the two),
 * but printed straight from the UTF-8 bytes of an {@link EncodedRow}, which the Parquet
 * writer takes too: every character that decides the quoting is ASCII, and in UTF-8 an
 * ASCII byte is never part of another character.
 * <p>
 * In staging the rows go into part files in a directory, as
 * {@link ParquetDatasetWriter}'s do: each part is written under a hidden in-progress name
 * and renamed to {@code part-NNNNN.csv} when sealed, and a sealed part is never opened
 * for writing again (no append, no truncate: neither works after a crash on HDFS, and S3A
 * has neither). The parts hold rows only; {@link #assemble} makes the one published file
 * from them, its header row first.
 */
public final class CsvDatasetWriter implements Closeable {

	/**
	 * ISO 8601 in UTC with exactly six fraction digits, e.g.
	 * {@code 2026-11-21T08:30:00.123456Z}: DuckDB's {@code read_csv} detects it as
	 * TIMESTAMP WITH TIME ZONE, pandas parses it as datetime64[us, UTC], and the fixed
	 * width keeps the microseconds the Parquet files hold.
	 */
	private static final DateTimeFormatter TIMESTAMP_FORMAT = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int BUFFER_BYTES = 64 * 1024;

	private static final byte[] CRLF = { '\r', '\n' };

	private final FileSystem fs;

	private final Path dir;

	private final DatasetSchema schema;

	private final PartFiles parts;

	private boolean restored;

	private FSDataOutputStream stream;

	private OutputStream out;

	private long rows;

	private int sealedParts;

	private long sealedRows;

	/**
	 * @param dir the directory of the dataset's part files
	 */
	public CsvDatasetWriter(FileSystem fs, Path dir, DatasetSchema schema) {
		this.fs = fs;
		this.dir = dir;
		this.schema = schema;
		this.parts = parts(dir);
	}

	/**
	 * Takes up from the state a previous run recorded, {@code (0, 0)} on a fresh start,
	 * as {@link PartFiles#restore} says; no sealed part is opened.
	 */
	public void restore(int sealedParts, long sealedRows) throws IOException {
		parts.restore(fs, sealedParts, sealedRows, schema.name());
		this.sealedParts = sealedParts;
		this.sealedRows = sealedRows;
		this.rows = sealedRows;
		this.restored = true;
	}

	public void write(Object[] row) throws IOException {
		DatasetRows.requireValid(schema, row);
		writeEncoded(EncodedRow.of(row));
	}

	/**
	 * Writes a row already checked by {@link DatasetRows#requireValid} and encoded by
	 * {@link EncodedRow#of}.
	 */
	void writeEncoded(Object[] row) throws IOException {
		if (!restored) {
			throw new IllegalStateException("restore must be called before writing to " + dir);
		}
		if (out == null) {
			openPart();
		}
		try {
			printRecord(row);
		}
		catch (IOException ex) {
			throw failure("write a row to", inProgressPath(), ex);
		}
		rows++;
	}

	/**
	 * Closes the open part, durably, and renames it to its final name; does nothing if no
	 * row came since the last seal.
	 */
	public void seal() throws IOException {
		if (out == null) {
			return;
		}
		Path inProgress = inProgressPath();
		Path part = new Path(dir, parts.name(sealedParts));
		try {
			OutputStream open = out;
			out = null;
			open.flush();
			// So that sealed rows survive a machine crash too.
			stream.hsync();
			open.close();
			if (!fs.rename(inProgress, part)) {
				throw new IOException("rename failed");
			}
		}
		catch (IOException ex) {
			throw failure("seal " + inProgress + " as", part, ex);
		}
		sealedParts++;
		sealedRows = rows;
	}

	public int sealedParts() {
		return sealedParts;
	}

	public long sealedRows() {
		return sealedRows;
	}

	/** Rows written, sealed or not. */
	public long rows() {
		return rows;
	}

	/** Discards the open part, if any: rows not sealed never become a part file. */
	@Override
	public void close() throws IOException {
		if (out == null) {
			return;
		}
		Path inProgress = inProgressPath();
		OutputStream open = out;
		out = null;
		rows = sealedRows;
		try {
			open.close();
		}
		catch (IOException ex) {
			throw failure("close", inProgress, ex);
		}
		finally {
			try {
				fs.delete(inProgress, false);
			}
			catch (IOException ex) {
				throw failure("delete the discarded part", inProgress, ex);
			}
		}
	}

	/**
	 * Makes the one CSV file of a dataset from its sealed parts in {@code partsDir}: the
	 * header row, then the parts in order, streamed into a hidden file beside
	 * {@code target} that is renamed to it; then the parts are deleted. Can be repeated
	 * after a crash at any point: an interrupted assembly is redone, a finished one only
	 * tidied up. Does nothing when {@code partsDir} does not exist and {@code target}
	 * does.
	 */
	public static void assemble(FileSystem fs, Path partsDir, Path target, DatasetSchema schema) throws IOException {
		boolean partsStaged = fs.exists(partsDir);
		if (fs.exists(target)) {
			if (partsStaged) {
				// assembled by an interrupted attempt, after which the parts were left
				fs.delete(partsDir, true);
			}
			return;
		}
		TreeMap<Integer, Path> parts = new TreeMap<>();
		if (partsStaged) {
			PartFiles names = parts(partsDir);
			for (FileStatus status : fs.listStatus(partsDir)) {
				int index = names.index(status.getPath().getName());
				if (index >= 0) {
					parts.put(index, status.getPath());
				}
			}
		}
		Path assembling = new Path(target.getParent(), "." + target.getName() + ".assembling");
		try {
			try (OutputStream to = fs.create(assembling, true)) {
				CsvDatasetWriter header = new CsvDatasetWriter(fs, partsDir, schema);
				header.out = to;
				header.printRecord(EncodedRow.of(schema.columnNames()));
				byte[] buffer = new byte[BUFFER_BYTES];
				for (Path part : parts.values()) {
					try (InputStream from = fs.open(part)) {
						for (int n; (n = from.read(buffer)) > 0;) {
							to.write(buffer, 0, n);
						}
					}
				}
			}
			if (!fs.rename(assembling, target)) {
				throw new IOException("rename failed");
			}
			if (partsStaged) {
				fs.delete(partsDir, true);
			}
		}
		catch (IOException ex) {
			throw failure("assemble the parts in " + partsDir + " as", target, ex);
		}
	}

	private void openPart() throws IOException {
		Path file = inProgressPath();
		try {
			this.stream = fs.create(file, true);
		}
		catch (IOException ex) {
			throw failure("create", file, ex);
		}
		this.out = new BufferedOutputStream(stream, BUFFER_BYTES);
	}

	private Path inProgressPath() {
		return parts.inProgress(sealedParts);
	}

	/**
	 * Prints one record of an {@link EncodedRow}: its fields, comma-separated, and CRLF.
	 */
	private void printRecord(Object[] row) throws IOException {
		for (int i = 0; i < row.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			Object value = row[i];
			if (value != null) {
				printField((value instanceof byte[] utf8) ? utf8
						: text(schema.columns().get(i).type(), value).getBytes(StandardCharsets.UTF_8));
			}
		}
		out.write(CRLF);
	}

	/**
	 * Prints a field as it is, or in double quotes with each double quote in it doubled.
	 */
	private void printField(byte[] utf8) throws IOException {
		if (!needsQuotes(utf8)) {
			out.write(utf8);
			return;
		}
		out.write('"');
		int start = 0;
		for (int i = 0; i < utf8.length; i++) {
			if (utf8[i] == '"') {
				out.write(utf8, start, i + 1 - start);
				start = i; // the quote again, with the next piece
			}
		}
		out.write(utf8, start, utf8.length - start);
		out.write('"');
	}

	/**
	 * Commons CSV's minimal quoting (and the empty string quoted): a field is quoted when
	 * it is empty, starts with a character up to {@code #}, holds a line break, a double
	 * quote or a comma, or ends with a character up to a space.
	 */
	static boolean needsQuotes(byte[] utf8) {
		if (utf8.length == 0 || (utf8[0] & 0xff) <= '#' || (utf8[utf8.length - 1] & 0xff) <= ' ') {
			return true;
		}
		for (byte b : utf8) {
			if (b == '\n' || b == '\r' || b == '"' || b == ',') {
				return true;
			}
		}
		return false;
	}

	private static String text(ColumnType type, Object value) {
		return switch (type) {
			case STRING -> (String) value;
			// LocalDate prints ISO 8601: 2022-01-22
			case INT32, INT64, DATE -> value.toString();
			case TIMESTAMP -> TIMESTAMP_FORMAT.format((Instant) value);
			// Double.toString reads back as the same double; it uses an exponent below
			// 10^-3 and from 10^7 (1.0E-5).
			case DOUBLE, BOOLEAN -> value.toString();
		};
	}

	/** The part files of a CSV dataset in {@code dir}: {@code part-00000.csv}, ... */
	private static PartFiles parts(Path dir) {
		return new PartFiles(dir, "part", "csv");
	}

	private static IOException failure(String action, Path file, IOException cause) {
		return new IOException("Could not " + action + " CSV file " + file + ": " + cause.getMessage(), cause);
	}

}
