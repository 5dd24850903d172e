package org.newsexport.job;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds earlier executions of an export in the job repository by their parameters, which
 * the Batch API cannot query directly: the latest execution into an output, and the
 * latest of a given input into that output.
 */
public class RunHistory {

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final String tablePrefix;

	public RunHistory(JdbcTemplate jdbc, JobRepository jobRepository, String tablePrefix) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.tablePrefix = tablePrefix;
	}

	/**
	 * The latest execution writing into {@code outputUri}, whatever its input, or
	 * {@code null}.
	 */
	public JobExecution lastExecution(String outputUri) {
		return lastExecution(outputUri, null);
	}

	/**
	 * The latest execution of {@code inputDir} into {@code outputUri} (any input when
	 * null), or {@code null}.
	 */
	public JobExecution lastExecution(String outputUri, String inputDir) {
		String sql = "SELECT MAX(e.JOB_EXECUTION_ID) FROM " + tablePrefix + "JOB_EXECUTION e JOIN " + tablePrefix
				+ "JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID" + parameterJoin("o")
				+ (inputDir == null ? "" : parameterJoin("n")) + " WHERE i.JOB_NAME = ?";
		Object[] args = inputDir == null
				? new Object[] { ExportParameters.OUTPUT, outputUri, ExportJobConfiguration.JOB_NAME }
				: new Object[] { ExportParameters.OUTPUT, outputUri, ExportParameters.INPUT, inputDir,
						ExportJobConfiguration.JOB_NAME };
		Long id = jdbc.queryForObject(sql, Long.class, args);
		return id == null ? null : jobRepository.getJobExecution(id);
	}

	/** Executions of the export job, newest first, optionally of one status only. */
	public List<JobExecution> executions(BatchStatus status, int limit) {
		String sql = "SELECT e.JOB_EXECUTION_ID FROM " + tablePrefix + "JOB_EXECUTION e JOIN " + tablePrefix
				+ "JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?"
				+ (status == null ? "" : " AND e.STATUS = ?") + " ORDER BY e.JOB_EXECUTION_ID DESC";
		Object[] args = status == null ? new Object[] { ExportJobConfiguration.JOB_NAME }
				: new Object[] { ExportJobConfiguration.JOB_NAME, status.name() };
		JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
		limited.setMaxRows(limit);
		return limited.queryForList(sql, Long.class, args).stream().map(jobRepository::getJobExecution).toList();
	}

	/**
	 * The completed executions writing into {@code outputUri} (whatever their input) with
	 * an id up to {@code upToId}, newest first, at most {@code limit}.
	 */
	public List<JobExecution> completedExecutions(String outputUri, long upToId, int limit) {
		String sql = "SELECT e.JOB_EXECUTION_ID FROM " + tablePrefix + "JOB_EXECUTION e JOIN " + tablePrefix
				+ "JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID" + parameterJoin("o")
				+ " WHERE i.JOB_NAME = ? AND e.STATUS = ? AND e.JOB_EXECUTION_ID <= ? ORDER BY e.JOB_EXECUTION_ID DESC";
		JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
		limited.setMaxRows(limit);
		return limited
			.queryForList(sql, Long.class, ExportParameters.OUTPUT, outputUri, ExportJobConfiguration.JOB_NAME,
					BatchStatus.COMPLETED.name(), upToId)
			.stream()
			.map(jobRepository::getJobExecution)
			.toList();
	}

	/** The execution with this id, or {@code null}. */
	public JobExecution execution(long id) {
		try {
			return jobRepository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			return null; // some repository versions throw instead of returning null
		}
	}

	/** The latest execution of the same job instance (export) as {@code execution}. */
	public JobExecution latestOfSameExport(JobExecution execution) {
		return jobRepository.getLastJobExecution(execution.getJobInstance());
	}

	private String parameterJoin(String alias) {
		return " JOIN " + tablePrefix + "JOB_EXECUTION_PARAMS " + alias + " ON " + alias
				+ ".JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND " + alias + ".PARAMETER_NAME = ? AND " + alias
				+ ".PARAMETER_VALUE = ?";
	}

}
