package org.newsexport.remote;

import java.time.LocalDateTime;
import java.util.Objects;

import org.springframework.batch.core.BatchStatus;

/**
 * What the manager sees of one partition at one poll: its step execution as the job
 * repository holds it, and the heartbeat its worker leaves in the partition's staging
 * folder ({@code null} when there is none yet).
 * <p>
 * Only changes of these values are used, never their times: {@code lastUpdated} is the
 * worker's clock, which may be skewed from the manager's.
 *
 * @param id the step execution's id
 * @param name the step execution's name, e.g. {@code exportPartition:p-00001}
 * @param status its status
 * @param version its version, which every update of the step execution increments
 * @param readCount items read
 * @param writeCount items written
 * @param commitCount chunks committed
 * @param lastUpdated when it was last updated, by the clock of whoever updated it
 * @param heartbeat the heartbeat file's content, e.g. {@code 42 host1 1234}, or
 * {@code null}
 */
public record PartitionState(long id, String name, BatchStatus status, Integer version, long readCount, long writeCount,
		long commitCount, LocalDateTime lastUpdated, String heartbeat) {

	/**
	 * Whether no worker has taken the partition from the queue yet (nor marked it
	 * finished).
	 */
	public boolean queued() {
		return status == BatchStatus.STARTING;
	}

	/** Whether the partition has ended (completed, failed, stopped or abandoned). */
	public boolean finished() {
		return !status.isRunning();
	}

	/**
	 * Whether this state differs from an earlier one of the same partition in anything
	 * that only a live worker (or the manager itself) changes.
	 */
	public boolean changedSince(PartitionState earlier) {
		return earlier == null || status != earlier.status || !Objects.equals(version, earlier.version)
				|| readCount != earlier.readCount || writeCount != earlier.writeCount
				|| commitCount != earlier.commitCount || !Objects.equals(lastUpdated, earlier.lastUpdated)
				|| !Objects.equals(heartbeat, earlier.heartbeat);
	}

	/**
	 * The worker as its heartbeat names it ({@code host pid 1234}), or {@code null} when
	 * it has none.
	 */
	public String worker() {
		Heartbeat.Beat beat = Heartbeat.parse(heartbeat);
		return beat == null ? null : beat.host() + " pid " + beat.pid();
	}

}
