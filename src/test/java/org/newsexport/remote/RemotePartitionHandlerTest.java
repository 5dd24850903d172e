package org.newsexport.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The handler's waiting rules against a scripted job repository, on a fake clock (no real
 * waiting).
 */
class RemotePartitionHandlerTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private static final Duration POLL = Duration.ofSeconds(1);

	private final AtomicLong clock = new AtomicLong();

	private final FakeView view = new FakeView();

	private final List<StepExecutionRequest> sent = new ArrayList<>();

	/** What the "workers" do at each poll: called with the number of polls so far. */
	private Consumer<Integer> workers = poll -> {
	};

	private int polls;

	private final RemotePartitionHandler handler = new RemotePartitionHandler(new PartitionRequests() {
		@Override
		public void send(StepExecutionRequest request, long jobExecutionId) {
			sent.add(request);
		}

		@Override
		public String where() {
			return "news-export.partitions at tcp://broker:61616";
		}
	}, manager -> view, "exportPartition", TIMEOUT, POLL, clock::get, duration -> {
		clock.addAndGet(duration.toNanos());
		workers.accept(++polls);
		if (polls > 100_000) {
			throw new AssertionError("the handler did not return");
		}
	});

	private final JobExecution job = new JobExecution(7L, new JobInstance(3L, "newsExportJob"), new JobParameters());

	private final StepExecution manager = new StepExecution(10L, "export", job);

	private Set<StepExecution> partitions(int count) {
		Set<StepExecution> partitions = new LinkedHashSet<>();
		for (long id = 1; id <= count; id++) {
			StepExecution partition = new StepExecution(10L + id, "exportPartition:p-0000" + (id - 1), job);
			partitions.add(partition);
			view.put(id + 10, BatchStatus.STARTING, null);
		}
		return partitions;
	}

	@Test
	void returnsThePartitionsOnceAllHaveEnded() throws Exception {
		Set<StepExecution> partitions = partitions(3);
		workers = poll -> {
			if (poll == 2) {
				view.put(11, BatchStatus.STARTED, "1 h1 5");
				view.put(12, BatchStatus.STARTED, "1 h2 6");
			}
			if (poll == 30) {
				view.put(11, BatchStatus.COMPLETED, null);
				view.put(13, BatchStatus.STARTED, "1 h1 5");
			}
			if (poll == 40) {
				view.put(12, BatchStatus.COMPLETED, null);
			}
			if (poll == 50) {
				view.put(13, BatchStatus.COMPLETED, null);
			}
		};
		Set<StepExecution> result = handler.doHandle(manager, partitions);
		assertThat(sent).extracting(StepExecutionRequest::getStepExecutionId).containsExactly(11L, 12L, 13L);
		assertThat(sent).extracting(StepExecutionRequest::getStepName).containsOnly("exportPartition");
		assertThat(result).extracting(StepExecution::getStatus).containsOnly(BatchStatus.COMPLETED).hasSize(3);
		assertThat(polls).isEqualTo(50);
		assertThat(view.ended).isEmpty();
	}

	@Test
	void aPartitionWithoutSignOfLifeIsFailedAndTheOthersStillFinish() throws Exception {
		Set<StepExecution> partitions = partitions(2);
		workers = poll -> {
			if (poll == 1) {
				view.put(11, BatchStatus.STARTED, "1 deadhost 4242");
				view.put(12, BatchStatus.STARTED, "1 h2 6");
			}
			if (poll < 600) {
				view.put(12, BatchStatus.STARTED, poll + " h2 6"); // beats for 10 minutes
			}
			if (poll == 600) {
				view.put(12, BatchStatus.COMPLETED, null);
			}
		};
		Set<StepExecution> result = handler.doHandle(manager, partitions);
		assertThat(view.ended).containsOnlyKeys(11L);
		assertThat(view.ended.get(11L))
			.isEqualTo("FAILED: its worker (deadhost pid 4242) gave no sign of life for " + "5m and is taken for dead");
		// Dead after 5 minutes of silence (from poll 1), not sooner; the other one still
		// finished.
		assertThat(view.endedAtPoll.get(11L)).isEqualTo(301);
		assertThat(result).extracting(StepExecution::getStatus)
			.containsExactlyInAnyOrder(BatchStatus.FAILED, BatchStatus.COMPLETED);
		assertThat(polls).isEqualTo(600);
	}

	@Test
	void aPartitionThatChangedMeanwhileIsNotFailed() throws Exception {
		Set<StepExecution> partitions = partitions(1);
		view.refuseEnd = true; // its worker committed between the poll and the update
		workers = poll -> {
			if (poll == 1) {
				view.put(11, BatchStatus.STARTED, null);
			}
			if (poll == 302) {
				view.put(11, BatchStatus.COMPLETED, null);
			}
		};
		Set<StepExecution> result = handler.doHandle(manager, partitions);
		assertThat(result).extracting(StepExecution::getStatus).containsExactly(BatchStatus.COMPLETED);
	}

	@Test
	void noWorkerAtAllFailsWithOneLineAndFailsTheQueuedPartitions() {
		Set<StepExecution> partitions = partitions(2);
		assertThatThrownBy(() -> handler.doHandle(manager, partitions)).isInstanceOf(NoWorkerException.class)
			.hasMessage("no worker took a partition from news-export.partitions at tcp://broker:61616 for 5m: are "
					+ "`news-export worker` processes running with the same broker and job repository?");
		assertThat(view.ended).containsOnlyKeys(11L, 12L);
		assertThat(view.ended.get(11L)).startsWith("FAILED: no worker took a partition");
		assertThat(polls).isEqualTo(300);
	}

	@Test
	void partitionsStillQueuedWhenTheJobIsStoppedEndStopped() throws Exception {
		Set<StepExecution> partitions = partitions(2);
		workers = poll -> {
			if (poll == 1) {
				view.put(11, BatchStatus.STARTED, null);
			}
			if (poll == 5) {
				view.jobStatus = BatchStatus.STOPPING;
			}
			if (poll == 8) {
				view.put(11, BatchStatus.STOPPED, null); // at its chunk boundary
			}
		};
		Set<StepExecution> result = handler.doHandle(manager, partitions);
		assertThat(view.ended).containsOnlyKeys(12L);
		assertThat(view.ended.get(12L)).startsWith("STOPPED: ");
		assertThat(result).extracting(StepExecution::getStatus).containsOnly(BatchStatus.STOPPED);
	}

	@Test
	void aRepositoryThatCannotBeReadIsRetriedForTheWorkerTimeoutThenFails() throws Exception {
		Set<StepExecution> partitions = partitions(1);
		workers = poll -> {
			if (poll == 1) {
				view.put(11, BatchStatus.STARTED, "1 h 1");
			}
			// 97 s without the repository, then back
			view.failing = poll >= 3 && poll < 100;
			if (poll == 110) {
				view.put(11, BatchStatus.COMPLETED, null);
			}
		};
		assertThat(handler.doHandle(manager, partitions)).extracting(StepExecution::getStatus)
			.containsExactly(BatchStatus.COMPLETED);
		polls = 0;
		view.put(11, BatchStatus.STARTED, "1 h 1");
		workers = poll -> view.failing = true;
		assertThatThrownBy(() -> handler.doHandle(manager, partitions)).isInstanceOf(IllegalStateException.class)
			.hasMessage("connection refused");
		// failing from the first poll after the first read, for 300 s
		assertThat(polls).isEqualTo(301);
	}

	@Test
	void aBrokerThatCannotBeReachedFailsWithOneLineAndTheQueuedPartitions() {
		RemotePartitionHandler unreachable = new RemotePartitionHandler(new PartitionRequests() {
			@Override
			public void send(StepExecutionRequest request, long jobExecutionId) {
				throw new IllegalStateException("outer", new RuntimeException("AMQ219007: Cannot connect"));
			}

			@Override
			public String where() {
				return "q at tcp://nowhere:61616";
			}
		}, manager -> view, "exportPartition", TIMEOUT, POLL, clock::get, duration -> {
			throw new AssertionError("no wait");
		});
		Set<StepExecution> partitions = partitions(2);
		assertThatThrownBy(() -> unreachable.doHandle(manager, partitions))
			.hasMessage("cannot send the partitions to q at tcp://nowhere:61616: AMQ219007: Cannot connect")
			.hasNoCause();
		assertThat(view.ended).containsOnlyKeys(11L, 12L);
	}

	@Test
	void formatsTheTimeout() {
		assertThat(RemotePartitionHandler.format(Duration.ofMinutes(5))).isEqualTo("5m");
		assertThat(RemotePartitionHandler.format(Duration.ofSeconds(90))).isEqualTo("90s");
		assertThat(RemotePartitionHandler.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
	}

	/** The job repository as the handler sees it, changed by the test's "workers". */
	private final class FakeView implements PartitionView {

		private final Map<Long, PartitionState> states = new LinkedHashMap<>();

		final Map<Long, String> ended = new LinkedHashMap<>();

		final Map<Long, Integer> endedAtPoll = new LinkedHashMap<>();

		BatchStatus jobStatus = BatchStatus.STARTED;

		boolean refuseEnd;

		boolean failing;

		void put(long id, BatchStatus status, String heartbeat) {
			PartitionState before = states.get(id);
			int version = before == null ? 0 : before.version() + 1;
			states.put(id, new PartitionState(id, "exportPartition:p-" + id, status, version, 0, 0, 0,
					LocalDateTime.of(1999, 1, 1, 0, 0), heartbeat));
		}

		@Override
		public List<PartitionState> read(Collection<Long> ids) {
			if (failing) {
				throw new IllegalStateException("connection refused");
			}
			return ids.stream().map(states::get).toList();
		}

		@Override
		public BatchStatus jobStatus() {
			return jobStatus;
		}

		@Override
		public boolean end(PartitionState seen, BatchStatus status, String description) {
			PartitionState now = states.get(seen.id());
			if (refuseEnd || now.finished() || !now.version().equals(seen.version())) {
				return false;
			}
			put(seen.id(), status, null);
			ended.put(seen.id(), status + ": " + description);
			endedAtPoll.put(seen.id(), polls);
			return true;
		}

		@Override
		public List<StepExecution> load(Collection<Long> ids) {
			return ids.stream().map(id -> {
				StepExecution step = new StepExecution(id, states.get(id).name(), job);
				step.setStatus(states.get(id).status());
				return step;
			}).toList();
		}

	}

}
