package org.newsexport.write;

import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent writing each format, in nanoseconds: rows, sealing and closing of the part
 * files.
 */
public final class WriteTimes {

	private final LongAdder csvNanos = new LongAdder();

	private final LongAdder parquetNanos = new LongAdder();

	public long csvNanos() {
		return csvNanos.sum();
	}

	public long parquetNanos() {
		return parquetNanos.sum();
	}

	public void reset() {
		csvNanos.reset();
		parquetNanos.reset();
	}

	void addCsv(long startNanos) {
		csvNanos.add(System.nanoTime() - startNanos);
	}

	void addParquet(long startNanos) {
		parquetNanos.add(System.nanoTime() - startNanos);
	}

}
