package org.newsexport.write;

/**
 * The column types of the datasets, and the Java value each one takes in a row.
 */
public enum ColumnType {

	/** UTF-8 text; row value {@link String}. */
	STRING,
	/** 32-bit signed integer; row value {@link Integer}. */
	INT32,
	/** 64-bit signed integer; row value {@link Long}. */
	INT64,
	/** Calendar date; row value {@link java.time.LocalDate}. */
	DATE,
	/** Instant in UTC, microsecond precision; row value {@link java.time.Instant}. */
	TIMESTAMP,
	/**
	 * 64-bit IEEE 754 floating point, finite: CSV readers disagree on how to spell NaN
	 * and the infinities; row value {@link Double}.
	 */
	DOUBLE,
	/** True or false; row value {@link Boolean}. */
	BOOLEAN

}
