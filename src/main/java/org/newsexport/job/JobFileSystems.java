package org.newsexport.job;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.newsexport.write.OutputFileSystems;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The output's Hadoop {@link FileSystem}, one per job execution: made the first time a
 * step of the execution asks for it, shared by all its steps, and closed when the
 * execution ends (on HDFS or S3A a client holds connections and threads). Each is a new
 * instance, never Hadoop's cached one, so closing it cannot break another user of the
 * cache.
 */
public class JobFileSystems implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(JobFileSystems.class);

	private final Map<Long, FileSystem> open = new ConcurrentHashMap<>();

	private final Function<URI, FileSystem> factory;

	public JobFileSystems() {
		this(uri -> OutputFileSystems.get(uri, OutputFileSystems.newConfiguration()));
	}

	/**
	 * @param factory makes a new file system for a URI, owned by the caller
	 */
	JobFileSystems(Function<URI, FileSystem> factory) {
		this.factory = factory;
	}

	/** The file system of the execution's output, made on first use. */
	public FileSystem get(JobExecution job, URI output) {
		return open.computeIfAbsent(job.getId(), id -> factory.apply(output));
	}

	/** How many file systems are open: those of executions that have not ended. */
	int openCount() {
		return open.size();
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		close(jobExecution.getId());
	}

	/**
	 * Closes the file system of a job execution, if one is open: when the execution
	 * ended, or a worker is done with it.
	 */
	public void close(long jobExecutionId) {
		FileSystem fs = open.remove(jobExecutionId);
		if (fs == null) {
			return;
		}
		try {
			fs.close();
		}
		catch (IOException ex) {
			// Everything the run wrote was closed (and sealed or discarded) by its steps
			// already.
			logger.warn("Could not close the output's file system " + fs.getUri() + ": " + ex.getMessage());
		}
	}

}
