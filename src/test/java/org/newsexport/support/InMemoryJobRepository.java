package org.newsexport.support;

import java.util.UUID;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A Spring Batch job repository of its own in an in-memory H2 database, with Spring
 * Batch's schema, for tests that run steps without the application's context.
 */
public record InMemoryJobRepository(JobRepository jobRepository, JdbcTransactionManager transactionManager) {

	public static InMemoryJobRepository create() throws Exception {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"))
			.execute(dataSource);
		JdbcTransactionManager transactionManager = new JdbcTransactionManager(dataSource);
		JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
		factory.setDataSource(dataSource);
		factory.setTransactionManager(transactionManager);
		factory.afterPropertiesSet();
		return new InMemoryJobRepository(factory.getObject(), transactionManager);
	}

}
