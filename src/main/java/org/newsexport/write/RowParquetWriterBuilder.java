package org.newsexport.write;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;

/** Builds a {@link ParquetWriter} of the {@code Object[]} rows of one dataset. */
final class RowParquetWriterBuilder extends ParquetWriter.Builder<Object[], RowParquetWriterBuilder> {

	private final DatasetSchema schema;

	RowParquetWriterBuilder(OutputFile file, DatasetSchema schema) {
		super(file);
		this.schema = schema;
	}

	@Override
	protected RowParquetWriterBuilder self() {
		return this;
	}

	@Override
	protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
		return new RowWriteSupport(schema);
	}

}
