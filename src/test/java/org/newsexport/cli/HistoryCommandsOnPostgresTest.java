package org.newsexport.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The run-history commands, and the runs they act on, with a PostgreSQL job repository
 * (tables created by the job).
 */
class HistoryCommandsOnPostgresTest extends HistoryCommandsTest {

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void startPostgres() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void emptyDatabase() throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
		}
	}

	@Override
	protected CliRun repository() {
		return CliRun.onUrl(postgres.getJdbcUrl("postgres", "postgres"))
			.with("--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

}
