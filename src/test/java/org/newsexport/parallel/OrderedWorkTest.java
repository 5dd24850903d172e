package org.newsexport.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OrderedWorkTest {

	@Test
	void resultsArriveInSubmissionOrderOnTheSubmittingThreadWhileTheWorkRunsOnThePool() throws IOException {
		List<Integer> results = new ArrayList<>();
		Set<String> workers = ConcurrentHashMap.newKeySet();
		Thread submitter = Thread.currentThread();
		try (OrderedWork<Integer> work = new OrderedWork<>("test", 3, 8, result -> {
			assertThat(Thread.currentThread()).isSameAs(submitter);
			results.add(result);
		})) {
			for (int i = 0; i < 200; i++) {
				int n = i;
				work.submit(() -> {
					workers.add(Thread.currentThread().getName());
					Thread.sleep((n * 7) % 3); // later work often finishes first
					return n;
				});
			}
			work.finish();
		}
		assertThat(results).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
		assertThat(workers).allMatch(name -> name.startsWith("test-")).hasSizeGreaterThan(1);
	}

	@Test
	void workOnASharedPoolKeepsItsOrderAndLeavesThePoolRunning() throws Exception {
		ExecutorService pool = OrderedWork.newPool("shared", 2);
		try {
			List<List<Integer>> results = List.of(new ArrayList<>(), new ArrayList<>());
			Thread[] submitters = new Thread[2];
			for (int s = 0; s < 2; s++) {
				List<Integer> mine = results.get(s);
				submitters[s] = new Thread(() -> {
					try (OrderedWork<Integer> work = new OrderedWork<>(pool, 4, mine::add)) {
						for (int i = 0; i < 100; i++) {
							int n = i;
							work.submit(() -> {
								Thread.sleep((n * 7) % 3);
								return n;
							});
						}
						work.finish();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				submitters[s].start();
			}
			for (Thread submitter : submitters) {
				submitter.join(60_000);
			}
			for (List<Integer> mine : results) {
				assertThat(mine).containsExactlyElementsOf(IntStream.range(0, 100).boxed().toList());
			}
			assertThat(pool.isShutdown()).as("closing the work leaves a shared pool running").isFalse();
			assertThat(pool.submit(() -> Thread.currentThread().getName()).get()).startsWith("shared-");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void oneThreadWorksOnTheSubmittingThread() throws IOException {
		List<String> threads = new ArrayList<>();
		try (OrderedWork<String> work = new OrderedWork<>("test", 1, 1, threads::add)) {
			work.submit(() -> Thread.currentThread().getName());
			work.finish();
		}
		assertThat(threads).containsExactly(Thread.currentThread().getName());
	}

	@Test
	void aFailureOfTheWorkIsThrownToTheSubmitter() throws IOException {
		try (OrderedWork<Integer> work = new OrderedWork<>("test", 2, 2, result -> {
		})) {
			work.submit(() -> 1);
			work.submit(() -> {
				throw new IOException("unreadable");
			});
			assertThatIOException().isThrownBy(() -> {
				work.submit(() -> 3);
				work.submit(() -> 4);
				work.finish();
			}).withMessage("unreadable");
		}
		try (OrderedWork<Integer> work = new OrderedWork<>("test", 2, 2, result -> {
		})) {
			work.submit(() -> {
				throw new IllegalStateException("broken");
			});
			assertThatIllegalStateException().isThrownBy(work::finish).withMessage("broken");
		}
	}

}
