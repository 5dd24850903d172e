package org.newsexport.write;

import static org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit.MICROS;
import static org.apache.parquet.schema.LogicalTypeAnnotation.dateType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * Writes the {@code Object[]} rows of one dataset as Parquet records, one flat column per
 * dataset column. The rows are {@link EncodedRow}s: their text values are UTF-8 bytes
 * already.
 */
final class RowWriteSupport extends WriteSupport<Object[]> {

	private final DatasetSchema schema;

	private RecordConsumer recordConsumer;

	RowWriteSupport(DatasetSchema schema) {
		this.schema = schema;
	}

	static MessageType messageType(DatasetSchema schema) {
		Types.MessageTypeBuilder message = Types.buildMessage();
		for (Column column : schema.columns()) {
			message.addField(primitiveType(column));
		}
		return message.named(schema.name());
	}

	private static PrimitiveType primitiveType(Column column) {
		Repetition repetition = column.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
		return switch (column.type()) {
			case STRING -> Types.primitive(BINARY, repetition).as(stringType()).named(column.name());
			case INT32 -> Types.primitive(INT32, repetition).named(column.name());
			case INT64 -> Types.primitive(INT64, repetition).named(column.name());
			case DATE -> Types.primitive(INT32, repetition).as(dateType()).named(column.name());
			case TIMESTAMP -> Types.primitive(INT64, repetition).as(timestampType(true, MICROS)).named(column.name());
			case DOUBLE -> Types.primitive(DOUBLE, repetition).named(column.name());
			case BOOLEAN -> Types.primitive(BOOLEAN, repetition).named(column.name());
		};
	}

	@Override
	public WriteContext init(Configuration configuration) {
		return new WriteContext(messageType(schema), Map.of());
	}

	@Override
	public void prepareForWrite(RecordConsumer recordConsumer) {
		this.recordConsumer = recordConsumer;
	}

	/**
	 * Writes a row already checked by {@link DatasetRows#requireValid} and encoded by
	 * {@link EncodedRow#of}; a null value is an absent optional field.
	 */
	@Override
	public void write(Object[] row) {
		recordConsumer.startMessage();
		for (int i = 0; i < row.length; i++) {
			if (row[i] != null) {
				String name = schema.columns().get(i).name();
				recordConsumer.startField(name, i);
				writeValue(schema.columns().get(i).type(), row[i]);
				recordConsumer.endField(name, i);
			}
		}
		recordConsumer.endMessage();
	}

	private void writeValue(ColumnType type, Object value) {
		switch (type) {
			case STRING -> recordConsumer.addBinary(Binary.fromConstantByteArray((byte[]) value));
			case INT32 -> recordConsumer.addInteger((Integer) value);
			case INT64 -> recordConsumer.addLong((Long) value);
			case DATE -> recordConsumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
			case TIMESTAMP -> recordConsumer.addLong(epochMicros((Instant) value));
			case DOUBLE -> recordConsumer.addDouble((Double) value);
			case BOOLEAN -> recordConsumer.addBoolean((Boolean) value);
		}
	}

	/** Drops any nanoseconds below the microsecond, as the CSV writer does. */
	private static long epochMicros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

}
