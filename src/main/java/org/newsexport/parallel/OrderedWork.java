package org.newsexport.parallel;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Computes on a pool of threads and hands the results on in the order the work was
 * submitted, on the submitting thread: the pure, costly part of a pass (fingerprinting a
 * file, sketching a document) runs on every core, while the state it feeds is updated by
 * one thread in input order, exactly as a one-thread pass would. At most
 * {@code maxInFlight} results wait, so memory stays bounded; a submit blocks (consuming
 * the oldest result) once that many are pending. With one thread, the work runs on the
 * submitting thread itself.
 * <p>
 * Not thread-safe: one thread submits and consumes. A failure of the work or of the
 * consumer is thrown by the {@link #submit} or {@link #finish} that reaches it;
 * {@link #close} drops what is pending.
 *
 * @param <T> the result of one piece of work
 */
public final class OrderedWork<T> implements AutoCloseable {

	/** Takes the results, in submission order. */
	@FunctionalInterface
	public interface Consumer<T> {

		void accept(T result) throws IOException;

	}

	private final ExecutorService pool;

	private final boolean ownsPool;

	private final int maxInFlight;

	private final Consumer<T> consumer;

	private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();

	/**
	 * @param name the name of the pool's threads, numbered
	 * @param threads threads computing; 1 computes on the submitting thread
	 * @param maxInFlight the most results pending at once, at least {@code threads}
	 */
	public OrderedWork(String name, int threads, int maxInFlight, Consumer<T> consumer) {
		if (threads < 1 || maxInFlight < threads) {
			throw new IllegalArgumentException("threads must be at least 1 and maxInFlight at least threads, got "
					+ threads + " and " + maxInFlight);
		}
		this.maxInFlight = maxInFlight;
		this.consumer = consumer;
		this.pool = threads == 1 ? null : newPool(name, threads);
		this.ownsPool = true;
	}

	/**
	 * Work on a pool shared with other work, e.g. by the partitions of a step that run in
	 * this process: the pool is not shut down on {@link #close}.
	 * @param pool the threads computing; {@code null} computes on the submitting thread
	 * @param maxInFlight the most results pending at once
	 */
	public OrderedWork(ExecutorService pool, int maxInFlight, Consumer<T> consumer) {
		if (maxInFlight < 1) {
			throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
		}
		this.maxInFlight = maxInFlight;
		this.consumer = consumer;
		this.pool = pool;
		this.ownsPool = false;
	}

	/** A pool of daemon threads named {@code name-1}, {@code name-2}, ... */
	public static ExecutorService newPool(String name, int threads) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	public void submit(Callable<T> work) throws IOException {
		if (pool == null) {
			consumer.accept(call(work));
			return;
		}
		while (inFlight.size() >= maxInFlight) {
			consumer.accept(await(inFlight.removeFirst()));
		}
		inFlight.addLast(pool.submit(work));
	}

	/** Waits for the work submitted and hands on every result left. */
	public void finish() throws IOException {
		while (!inFlight.isEmpty()) {
			consumer.accept(await(inFlight.removeFirst()));
		}
	}

	@Override
	public void close() {
		if (pool != null) {
			inFlight.forEach(future -> future.cancel(true));
			inFlight.clear();
			if (ownsPool) {
				pool.shutdownNow();
			}
		}
	}

	private static <T> T call(Callable<T> work) throws IOException {
		try {
			return work.call();
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	private static <T> T await(Future<T> future) throws IOException {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for work on another thread", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IOException(cause.getMessage(), cause);
		}
	}

}
