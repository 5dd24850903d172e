package org.newsexport.write;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** How the Parquet part files are laid out and compressed; sizes in bytes. */
public record ParquetOptions(long rowGroupSize, int pageSize, boolean dictionary, CompressionCodecName compression) {

	private static final int MIB = 1024 * 1024;

	public ParquetOptions {
		if (rowGroupSize <= 0 || pageSize <= 0) {
			throw new IllegalArgumentException(
					"Parquet row group and page sizes must be positive, got " + rowGroupSize + " and " + pageSize);
		}
		if (compression == null) {
			throw new IllegalArgumentException("Parquet compression codec is missing");
		}
	}

	/** Row groups of 128 MiB, pages of 1 MiB, dictionary encoding, ZSTD. */
	public static ParquetOptions defaults() {
		return new ParquetOptions(128L * MIB, MIB, true, CompressionCodecName.ZSTD);
	}

	public ParquetOptions withRowGroupSize(long rowGroupSize) {
		return new ParquetOptions(rowGroupSize, pageSize, dictionary, compression);
	}

}
