package org.newsexport.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;

/**
 * Creates the Spring Batch tables when they are missing, on any database (H2 file,
 * PostgreSQL, ...). Boot's own initializer runs the schema script on every start when
 * told to ({@code always}), which fails once the tables exist, because the scripts have
 * no {@code IF NOT EXISTS}.
 */
public class JobRepositorySchema extends BatchDataSourceScriptDatabaseInitializer {

	private final DataSource dataSource;

	private final String tablePrefix;

	public JobRepositorySchema(DataSource dataSource, BatchJdbcProperties properties) {
		super(dataSource, properties);
		this.dataSource = dataSource;
		this.tablePrefix = properties.getTablePrefix() != null ? properties.getTablePrefix() : "BATCH_";
	}

	@Override
	public boolean initializeDatabase() {
		if (tablesExist()) {
			return false;
		}
		try {
			return super.initializeDatabase();
		}
		catch (RuntimeException ex) {
			// Two first runs at the same moment both find no tables; the one that loses
			// the race to create them fails on "already exists" and can go on once the
			// winner is done.
			if (awaitTablesOfAnotherProcess()) {
				return false;
			}
			throw ex;
		}
	}

	private boolean awaitTablesOfAnotherProcess() {
		for (int attempt = 0; attempt < 20; attempt++) {
			if (tablesExist()) {
				try {
					// let the other process finish the rest of the script
					Thread.sleep(500);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				return true;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	private boolean tablesExist() {
		String table = tablePrefix + "JOB_INSTANCE";
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			for (String name : new String[] { table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT) }) {
				try (ResultSet tables = metaData.getTables(null, null, name, null)) {
					if (tables.next()) {
						return true;
					}
				}
			}
			return false;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot inspect the job repository database: " + ex.getMessage(), ex);
		}
	}

}
