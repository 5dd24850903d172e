package org.newsexport.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Judges, from successive polls of the partitions' states, which partitions are finished,
 * which are alive and which are dead, by the manager's own clock only: a partition's last
 * sign of life is the manager's time when it last saw the partition's state change
 * ({@link PartitionState#changedSince}). Workers may run on other hosts whose clocks are
 * skewed, so their timestamps are never compared with the manager's clock. Plain Java;
 * not thread-safe.
 * <ul>
 * <li>A partition is dead when a worker has taken it (it is no longer {@code STARTING}),
 * it has not finished, and it has shown no sign of life for the timeout.
 * <li>Nobody works when no partition has shown any sign of life for the timeout, at least
 * one is still queued, and none is running: no worker takes requests from the queue.
 * </ul>
 * A partition still queued while others run is waiting for a free worker, which is not a
 * failure.
 */
public final class Liveness {

	private final long timeoutNanos;

	private final LongSupplier nanoTime;

	private final Map<Long, PartitionState> lastSeen = new HashMap<>();

	private final Map<Long, Long> lastChange = new HashMap<>();

	private long lastProgress;

	/**
	 * @param timeout how long a partition may show no sign of life
	 * @param nanoTime the manager's monotonic clock ({@link System#nanoTime} but in
	 * tests)
	 */
	public Liveness(Duration timeout, LongSupplier nanoTime) {
		this.timeoutNanos = timeout.toNanos();
		this.nanoTime = nanoTime;
		this.lastProgress = nanoTime.getAsLong();
	}

	/** Records one poll of every partition and says what it shows. */
	public Verdict observe(List<PartitionState> states) {
		long now = nanoTime.getAsLong();
		List<PartitionState> finished = new ArrayList<>();
		List<PartitionState> running = new ArrayList<>();
		List<PartitionState> queued = new ArrayList<>();
		List<PartitionState> dead = new ArrayList<>();
		for (PartitionState state : states) {
			if (state.changedSince(lastSeen.get(state.id()))) {
				// The first sight of a partition counts as a change: its time starts now.
				lastChange.put(state.id(), now);
				if (lastSeen.containsKey(state.id())) {
					lastProgress = now;
				}
				lastSeen.put(state.id(), state);
			}
			if (state.finished()) {
				finished.add(state);
			}
			else if (state.queued()) {
				queued.add(state);
			}
			else if (now - lastChange.get(state.id()) >= timeoutNanos) {
				dead.add(state);
			}
			else {
				running.add(state);
			}
		}
		boolean nobodyWorks = !queued.isEmpty() && running.isEmpty() && dead.isEmpty()
				&& now - lastProgress >= timeoutNanos;
		return new Verdict(finished, running, queued, dead, nobodyWorks);
	}

	/**
	 * Counts a change the manager made itself (a dead partition marked failed) as
	 * progress.
	 */
	public void progressed() {
		lastProgress = nanoTime.getAsLong();
	}

	/**
	 * What one poll shows.
	 *
	 * @param finished partitions that have ended
	 * @param running partitions a worker runs, with a sign of life within the timeout
	 * @param queued partitions no worker has taken yet
	 * @param dead partitions taken by a worker that has shown no sign of life for the
	 * timeout
	 * @param nobodyWorks whether partitions are queued, none runs, and nothing has
	 * changed for the timeout
	 */
	public record Verdict(List<PartitionState> finished, List<PartitionState> running, List<PartitionState> queued,
			List<PartitionState> dead, boolean nobodyWorks) {

		public boolean allFinished() {
			return running.isEmpty() && queued.isEmpty() && dead.isEmpty();
		}

	}

}
