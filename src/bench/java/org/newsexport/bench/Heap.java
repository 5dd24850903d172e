package org.newsexport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.stream.Stream;

/** Heap figures for the benchmarks. */
public final class Heap {

	private Heap() {
	}

	public static long used() {
		return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
	}

	public static void resetPeaks() {
		pools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/**
	 * The sum of the heap pools' peaks: an upper bound of the heap in use at any one
	 * time.
	 */
	public static long peak() {
		return pools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	private static Stream<MemoryPoolMXBean> pools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
	}

}
