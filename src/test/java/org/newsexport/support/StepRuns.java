package org.newsexport.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;

/** What a test's H2 job repository recorded of the partitions of a step. */
public final class StepRuns {

	private StepRuns() {
	}

	/**
	 * How many executions each partition of a worker step ({@code exportPartition}, ...)
	 * has, by partition step name.
	 * @param repository the folder of an H2 repository {@code db} made by the job (its
	 * password file beside it)
	 */
	public static Map<String, Integer> partitionExecutions(Path repository, String workerStep) throws Exception {
		Map<String, Integer> executions = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + repository.resolve("db"), "sa",
				Files.readString(repository.resolve("db.password")).strip());
				PreparedStatement query = connection.prepareStatement("SELECT STEP_NAME, count(*) FROM "
						+ "BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ? GROUP BY STEP_NAME")) {
			query.setString(1, workerStep + ":%");
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					executions.put(rows.getString(1), rows.getInt(2));
				}
			}
		}
		return executions;
	}

}
