package org.newsexport.write;

import java.util.Set;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How the Parquet part files are laid out and compressed; sizes in bytes.
 *
 * @param plainColumns columns written without dictionary encoding even when
 * {@code dictionary} is on: free text, in which nearly every value is new, so that a
 * dictionary would only cost a hash and a copy of every value until Parquet gives up on
 * it at the end of the first page
 * @param identity the export the parts belong to, written into their footers with the
 * descriptions of the columns; {@code null} outside an export
 */
public record ParquetOptions(long rowGroupSize, int pageSize, boolean dictionary, CompressionCodecName compression,
		Set<String> plainColumns, ExportIdentity identity) {

	/**
	 * The free-text columns of the datasets: article bodies, paragraph, line and quote
	 * texts, file hashes.
	 */
	public static final Set<String> FREE_TEXT_COLUMNS = Set.of("body", "text", "source_sha256");

	private static final int MIB = 1024 * 1024;

	public ParquetOptions {
		plainColumns = Set.copyOf(plainColumns);
		if (rowGroupSize <= 0 || pageSize <= 0) {
			throw new IllegalArgumentException(
					"Parquet row group and page sizes must be positive, got " + rowGroupSize + " and " + pageSize);
		}
		if (compression == null) {
			throw new IllegalArgumentException("Parquet compression codec is missing");
		}
	}

	/**
	 * Row groups of 128 MiB, pages of 1 MiB, dictionary encoding but for the free text
	 * columns, ZSTD.
	 */
	public static ParquetOptions defaults() {
		return new ParquetOptions(128L * MIB, MIB, true, CompressionCodecName.ZSTD, FREE_TEXT_COLUMNS, null);
	}

	public ParquetOptions withRowGroupSize(long rowGroupSize) {
		return new ParquetOptions(rowGroupSize, pageSize, dictionary, compression, plainColumns, identity);
	}

	public ParquetOptions withIdentity(ExportIdentity identity) {
		return new ParquetOptions(rowGroupSize, pageSize, dictionary, compression, plainColumns, identity);
	}

}
