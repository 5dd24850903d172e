package org.newsexport.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.newsexport.write.WriteTimes;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Where an execution's time goes, stage by stage: reading the input (listing, reading and
 * decoding the files), cleaning (summed over the threads that clean, and the wall time
 * during which at least one did), writing CSV and Parquet, the job repository (its calls
 * and the chunk transactions' begin and commit), and the other steps. Coarse
 * {@link System#nanoTime()} readings around each call, added up in {@link LongAdder}s:
 * cheap enough to stay on. Logged in one line at the end of the job and written into
 * {@code _manifest.json} under {@code timings}.
 */
public class StageTimings implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(StageTimings.class);

	private final int cleanThreads;

	private final LongAdder readNanos = new LongAdder();

	private final LongAdder cleanNanos = new LongAdder();

	private final LongAdder repositoryNanos = new LongAdder();

	private final WriteTimes write = new WriteTimes();

	private final Object cleanWallLock = new Object();

	private int cleaning;

	private long cleanWallStart;

	private long cleanWallNanos;

	/**
	 * Nesting of timed repository calls on this thread: only the outermost one counts.
	 */
	private final ThreadLocal<int[]> repositoryDepth = ThreadLocal.withInitial(() -> new int[1]);

	public StageTimings(int cleanThreads) {
		this.cleanThreads = cleanThreads;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		readNanos.reset();
		cleanNanos.reset();
		repositoryNanos.reset();
		write.reset();
		synchronized (cleanWallLock) {
			cleanWallNanos = 0;
		}
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		Map<String, Double> seconds = seconds(jobExecution);
		logger.info(String.format("Stage times: read %.1f s, clean %.1f s (summed over %d threads; wall %.1f s), "
				+ "write csv %.1f s, write parquet %.1f s, repository %.1f s; steps: profile %.1f s, export %.1f s, "
				+ "duplicates %.1f s, publish %.1f s", seconds.get("read"), seconds.get("clean"), cleanThreads,
				seconds.get("clean_wall"), seconds.get("write_csv"), seconds.get("write_parquet"),
				seconds.get("repository"), seconds.get("profile"), seconds.get("export"), seconds.get("duplicates"),
				seconds.get("publish")));
	}

	/**
	 * The stage times so far in seconds, in a fixed order: read, clean, clean_wall,
	 * write_csv, write_parquet, repository, then the steps of this execution: profile,
	 * export, duplicates, publish (a step still running counts until now, one that did
	 * not run in this execution 0).
	 */
	public Map<String, Double> seconds(JobExecution jobExecution) {
		Map<String, Double> seconds = new LinkedHashMap<>();
		seconds.put("read", seconds(readNanos.sum()));
		seconds.put("clean", seconds(cleanNanos.sum()));
		synchronized (cleanWallLock) {
			seconds.put("clean_wall", seconds(cleanWallNanos));
		}
		seconds.put("write_csv", seconds(write.csvNanos()));
		seconds.put("write_parquet", seconds(write.parquetNanos()));
		seconds.put("repository", seconds(repositoryNanos.sum()));
		for (String step : new String[] { "profile", "export", "duplicates", "publish" }) {
			seconds.put(step,
					jobExecution.getStepExecutions()
						.stream()
						.filter(execution -> execution.getStepName().equals(step))
						.mapToDouble(StageTimings::stepSeconds)
						.sum());
		}
		return seconds;
	}

	private static double stepSeconds(StepExecution step) {
		if (step.getStartTime() == null) {
			return 0;
		}
		LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
		return seconds(Duration.between(step.getStartTime(), end).toNanos());
	}

	private static double seconds(long nanos) {
		return Math.round(nanos / 1e6) / 1e3;
	}

	public WriteTimes write() {
		return write;
	}

	/**
	 * Time spent listing the input outside the reader, e.g. to count the files for the
	 * progress bar.
	 */
	void addRead(long nanos) {
		readNanos.add(nanos);
	}

	<T> ItemReader<T> timedReader(ItemReader<T> reader) {
		return () -> {
			long started = System.nanoTime();
			try {
				return reader.read();
			}
			finally {
				readNanos.add(System.nanoTime() - started);
			}
		};
	}

	<I, O> ItemProcessor<I, O> timedProcessor(ItemProcessor<I, O> processor) {
		return item -> {
			long started = startCleaning();
			try {
				return processor.process(item);
			}
			finally {
				endCleaning(started);
			}
		};
	}

	private long startCleaning() {
		long now = System.nanoTime();
		synchronized (cleanWallLock) {
			if (cleaning++ == 0) {
				cleanWallStart = now;
			}
		}
		return now;
	}

	private void endCleaning(long started) {
		long now = System.nanoTime();
		cleanNanos.add(now - started);
		synchronized (cleanWallLock) {
			if (--cleaning == 0) {
				cleanWallNanos += now - cleanWallStart;
			}
		}
	}

	/**
	 * A proxy of the job repository or transaction manager that adds the time of its
	 * calls to the repository's (for a transaction manager only beginning, committing and
	 * rolling back a transaction count). The timings are looked up at each call: the
	 * proxy is made while the context starts, before they exist.
	 */
	static Object timedRepository(Object target, boolean transactionManager, ObjectProvider<StageTimings> timings) {
		// An interface proxy: AbstractPlatformTransactionManager's methods are final, out
		// of reach of a subclass.
		ProxyFactory proxy = new ProxyFactory(target);
		proxy.addAdvice((MethodInterceptor) invocation -> {
			String method = invocation.getMethod().getName();
			if (transactionManager
					&& !(method.equals("getTransaction") || method.equals("commit") || method.equals("rollback"))) {
				return invocation.proceed();
			}
			return timings.getObject().timeRepositoryCall(invocation);
		});
		return proxy.getProxy(target.getClass().getClassLoader());
	}

	private Object timeRepositoryCall(MethodInvocation invocation) throws Throwable {
		int[] depth = repositoryDepth.get();
		if (depth[0] > 0) {
			return invocation.proceed();
		}
		long started = System.nanoTime();
		depth[0]++;
		try {
			return invocation.proceed();
		}
		finally {
			depth[0]--;
			repositoryNanos.add(System.nanoTime() - started);
		}
	}

}
