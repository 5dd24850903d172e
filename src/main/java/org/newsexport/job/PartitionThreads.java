package org.newsexport.job;

import java.util.concurrent.ExecutorService;

import org.newsexport.parallel.OrderedWork;

/**
 * The threads that fingerprint files for the partitions of the profile step, and sketch
 * articles for those of the duplicates step, that run in this process: one pool of
 * {@code export.threads} threads shared by them, as the export's partitions share their
 * cleaning threads, so that {@code N} partitions on threads of one process do not start
 * {@code N} times as many. Made at first use; none for one thread (each partition then
 * works on its own thread).
 */
public class PartitionThreads implements AutoCloseable {

	private final int threads;

	private ExecutorService pool;

	public PartitionThreads(int threads) {
		this.threads = threads;
	}

	/** The shared pool, or {@code null} for one thread. */
	public synchronized ExecutorService pool() {
		if (pool == null && threads > 1) {
			pool = OrderedWork.newPool("partition-work", threads);
		}
		return pool;
	}

	@Override
	public synchronized void close() {
		if (pool != null) {
			pool.shutdownNow();
			pool = null;
		}
	}

}
