package org.newsexport.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
