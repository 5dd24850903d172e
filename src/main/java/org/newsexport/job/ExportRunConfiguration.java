package org.newsexport.job;

import javax.sql.DataSource;

import org.newsexport.read.IncludePattern;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the launcher, the run history, the run reports, the stop on signals and the
 * creation of the job repository's tables.
 */
@Configuration(proxyBeanMethods = false)
public class ExportRunConfiguration {

	@Bean
	JobRepositorySchema batchDataSourceInitializer(DataSource dataSource, BatchJdbcProperties properties) {
		return new JobRepositorySchema(dataSource, properties);
	}

	@Bean
	RunHistory runHistory(DataSource dataSource, JobRepository jobRepository, BatchJdbcProperties properties) {
		String prefix = properties.getTablePrefix() != null ? properties.getTablePrefix() : "BATCH_";
		return new RunHistory(new JdbcTemplate(dataSource), jobRepository, prefix);
	}

	@Bean
	RunReports runReports(RunHistory runHistory) {
		return new RunReports(runHistory);
	}

	@Bean
	SignalStop signalStop(ObjectProvider<ExportLauncher> launcher, RunHistory runHistory) {
		return new SignalStop(launcher, runHistory);
	}

	@Bean
	ExportLauncher exportLauncher(JobOperator jobOperator, Job newsExportJob, RunHistory runHistory,
			RulesFile rulesFile, JobRepository jobRepository, ExportProperties properties) {
		ExportLauncher launcher = new ExportLauncher(jobOperator, newsExportJob, runHistory, rulesFile, jobRepository,
				IncludePattern.parse(properties.include()));
		launcher.setForce(properties.force());
		launcher.setOtherHostTimeout(properties.workerTimeout());
		return launcher;
	}

}
