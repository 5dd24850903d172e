package org.newsexport.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * The thread the chunks are written on, one after the other in chunk order, so that the
 * step's thread goes on reading the next chunk (and the processing threads cleaning it)
 * while the last one is encoded and compressed. At most {@value #CHUNKS_IN_FLIGHT} chunk
 * waits for it, so memory stays bounded when writing is the slower. A chunk's failure is
 * thrown on the step's thread when it waits for that chunk; after a failure, or once
 * closing, the thread writes no more, so that a later chunk can never seal the rows of a
 * chunk that was written only in part.
 */
final class WriterThread {

	/**
	 * Chunks handed to the writing thread and not yet written, before {@link #submit}
	 * waits for the oldest: one, so that writing a chunk overlaps with reading and
	 * cleaning the next, and a commit saves the seals of every chunk but (at most) the
	 * last.
	 */
	static final int CHUNKS_IN_FLIGHT = 1;

	/** The writing of one chunk. */
	interface ChunkWrite {

		void run() throws IOException;

	}

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "export-writer");
		thread.setDaemon(true);
		return thread;
	});

	private final Deque<Future<?>> inFlight = new ArrayDeque<>();

	/**
	 * Where the chunks are written, for the message of a chunk refused after a failure.
	 */
	private final String target;

	/**
	 * Set when a chunk could not be written, or when closing: no chunk is written after.
	 */
	private volatile boolean stopped;

	WriterThread(String target) {
		this.target = target;
	}

	/**
	 * Hands a chunk to the thread, first waiting for the oldest while
	 * {@value #CHUNKS_IN_FLIGHT} are in flight.
	 */
	void submit(ChunkWrite write) {
		while (inFlight.size() >= CHUNKS_IN_FLIGHT) {
			await(inFlight.removeFirst());
		}
		inFlight.addLast(executor.submit(() -> {
			if (stopped) {
				throw new IllegalStateException("An earlier chunk could not be written to " + target);
			}
			try {
				write.run();
			}
			catch (IOException | RuntimeException | Error ex) {
				stopped = true;
				throw ex;
			}
			return null;
		}));
	}

	/**
	 * Takes the outcome of the chunks already written, in order, throwing the failure of
	 * one that was not.
	 * @param all whether to wait for every chunk in flight, after which the step's thread
	 * is the only one using the datasets
	 */
	void awaitWritten(boolean all) {
		while (!inFlight.isEmpty() && (all || inFlight.peekFirst().isDone())) {
			await(inFlight.removeFirst());
		}
	}

	/** Whether a chunk could not be written (or the thread was closed). */
	boolean stopped() {
		return stopped;
	}

	/**
	 * Chunks not yet written are dropped (after a failure or a stop their rows are never
	 * sealed); the one being written is finished, not interrupted.
	 */
	void close() {
		stopped = true;
		executor.shutdown();
		try {
			while (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
				// a chunk of large files can take a while
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		inFlight.clear();
	}

	private static void await(Future<?> chunkWritten) {
		try {
			chunkWritten.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ItemStreamException("Interrupted while writing the datasets", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new UncheckedIOException(cause.getMessage(),
					cause instanceof IOException io ? io : new IOException(cause));
		}
	}

}
