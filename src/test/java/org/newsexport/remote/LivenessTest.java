package org.newsexport.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

class LivenessTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final AtomicLong clock = new AtomicLong(1_000_000L);

	private final Liveness liveness = new Liveness(TIMEOUT, clock::get);

	private static PartitionState state(long id, BatchStatus status, int version, String heartbeat) {
		// lastUpdated is the worker's clock: far in the past here, which must not matter.
		return new PartitionState(id, "exportPartition:p-0000" + id, status, version, version * 10L, version * 10L,
				version, LocalDateTime.of(2001, 1, 1, 0, 0).plusSeconds(version), heartbeat);
	}

	private void advance(Duration duration) {
		clock.addAndGet(duration.toNanos());
	}

	@Test
	void aRunningPartitionIsDeadOnlyAfterTheTimeoutWithoutAnyChange() {
		liveness.observe(List.of(state(1, BatchStatus.STARTED, 1, null)));
		advance(TIMEOUT.minusSeconds(1));
		assertThat(liveness.observe(List.of(state(1, BatchStatus.STARTED, 1, null))).dead()).isEmpty();
		advance(Duration.ofSeconds(1));
		Liveness.Verdict verdict = liveness.observe(List.of(state(1, BatchStatus.STARTED, 1, null)));
		assertThat(verdict.dead()).extracting(PartitionState::id).containsExactly(1L);
		assertThat(verdict.nobodyWorks()).isFalse();
	}

	@Test
	void aChangedHeartbeatOrCommitIsASignOfLife() {
		liveness.observe(List.of(state(1, BatchStatus.STARTED, 1, "1 h 9"), state(2, BatchStatus.STARTED, 1, null)));
		advance(TIMEOUT.minusSeconds(1));
		liveness.observe(List.of(state(1, BatchStatus.STARTED, 1, "2 h 9"), state(2, BatchStatus.STARTED, 2, null)));
		advance(TIMEOUT.minusSeconds(1));
		Liveness.Verdict verdict = liveness
			.observe(List.of(state(1, BatchStatus.STARTED, 1, "2 h 9"), state(2, BatchStatus.STARTED, 2, null)));
		assertThat(verdict.dead()).isEmpty();
		assertThat(verdict.running()).hasSize(2);
		advance(Duration.ofSeconds(1));
		verdict = liveness
			.observe(List.of(state(1, BatchStatus.STARTED, 1, "2 h 9"), state(2, BatchStatus.STARTED, 2, null)));
		assertThat(verdict.dead()).hasSize(2);
	}

	@Test
	void queuedPartitionsWaitAsLongAsOthersRun() {
		liveness.observe(List.of(state(1, BatchStatus.STARTED, 1, "1 h 9"), state(2, BatchStatus.STARTING, 0, null)));
		for (int beat = 2; beat < 100; beat++) {
			advance(Duration.ofMinutes(1));
			Liveness.Verdict verdict = liveness.observe(
					List.of(state(1, BatchStatus.STARTED, 1, beat + " h 9"), state(2, BatchStatus.STARTING, 0, null)));
			assertThat(verdict.nobodyWorks()).isFalse();
			assertThat(verdict.queued()).hasSize(1);
		}
	}

	@Test
	void nobodyWorksWhenNothingChangesForTheTimeoutAndPartitionsAreQueued() {
		List<PartitionState> queued = List.of(state(1, BatchStatus.STARTING, 0, null),
				state(2, BatchStatus.STARTING, 0, null));
		assertThat(liveness.observe(queued).nobodyWorks()).isFalse();
		advance(TIMEOUT.minusSeconds(1));
		assertThat(liveness.observe(queued).nobodyWorks()).isFalse();
		advance(Duration.ofSeconds(1));
		Liveness.Verdict verdict = liveness.observe(queued);
		assertThat(verdict.nobodyWorks()).isTrue();
		assertThat(verdict.queued()).hasSize(2);
	}

	@Test
	void aFinishedPartitionIsProgressForTheQueuedOnes() {
		liveness.observe(List.of(state(1, BatchStatus.STARTED, 1, null), state(2, BatchStatus.STARTING, 0, null)));
		advance(TIMEOUT.minusSeconds(1));
		liveness.observe(List.of(state(1, BatchStatus.COMPLETED, 2, null), state(2, BatchStatus.STARTING, 0, null)));
		advance(TIMEOUT.minusSeconds(1));
		Liveness.Verdict verdict = liveness
			.observe(List.of(state(1, BatchStatus.COMPLETED, 2, null), state(2, BatchStatus.STARTING, 0, null)));
		assertThat(verdict.nobodyWorks()).isFalse();
		assertThat(verdict.finished()).hasSize(1);
		advance(Duration.ofSeconds(1));
		assertThat(liveness
			.observe(List.of(state(1, BatchStatus.COMPLETED, 2, null), state(2, BatchStatus.STARTING, 0, null)))
			.nobodyWorks()).isTrue();
	}

	@Test
	void allFinishedOnlyWhenNoneRunsOrWaits() {
		Liveness.Verdict verdict = liveness
			.observe(List.of(state(1, BatchStatus.COMPLETED, 2, null), state(2, BatchStatus.FAILED, 3, null)));
		assertThat(verdict.allFinished()).isTrue();
		assertThat(liveness
			.observe(List.of(state(1, BatchStatus.COMPLETED, 2, null), state(2, BatchStatus.STARTED, 3, null)))
			.allFinished()).isFalse();
	}

}
