package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.JobProcess;
import org.newsexport.support.TestCorpus;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL setup of docs/postgresql.md, as written there: a schema owner that
 * creates the tables once, a runtime role with only row rights that runs the job,
 * passwords checked by the server and read from files, and never printed or written
 * anywhere.
 */
class PostgresLeastPrivilegeTest {

	private static final Path GUIDE = Path.of("docs/postgresql.md");

	@TempDir
	Path tmp;

	@Test
	void runtimeRoleRunsTheJobOnTheOwnersSchemaAndNoPasswordIsShown() throws Exception {
		String ownerPassword = secret();
		String runPassword = secret();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectoryCustomizer(PostgresLeastPrivilegeTest::passwordsForAllButTheSuperuser)
			.start()) {
			try (Connection admin = postgres.getPostgresDatabase().getConnection();
					Statement statement = admin.createStatement()) {
				for (String sql : guideStatements()) {
					statement.execute(sql);
				}
				// What \password does, without the password in a file of the test's.
				statement.execute("ALTER ROLE news_export_owner PASSWORD '" + ownerPassword + "'");
				statement.execute("ALTER ROLE news_export_run PASSWORD '" + runPassword + "'");
			}
			String url = postgres.getJdbcUrl("news_export_run", "postgres").replaceAll("\\?.*", "");
			Path ownerSecrets = secretFile(tmp.resolve("owner-secrets"), ownerPassword);
			Path runSecrets = secretFile(tmp.resolve("run-secrets"), runPassword);

			ByteArrayOutputStream printed = new ByteArrayOutputStream();
			PrintStream stdout = System.out;
			// the log goes to System.out
			System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
			StringBuilder commandOutput = new StringBuilder();
			try {
				// Once, as the owner: any command creates the missing tables.
				CliRun asOwner = CliRun.onUrl(url)
					.with("--spring.datasource.username=news_export_owner",
							"--spring.config.import=optional:configtree:" + ownerSecrets + "/");
				assertThat(asOwner.run("executions")).as(asOwner.err()).isZero();
				commandOutput.append(asOwner.out()).append(asOwner.err());
				try (Connection owner = DriverManager.getConnection(url, "news_export_owner", ownerPassword);
						ResultSet tables = owner.createStatement()
							.executeQuery("SELECT tableowner FROM pg_tables WHERE schemaname = 'news_export'"
									+ " AND tablename LIKE 'batch_%'")) {
					List<String> owners = new ArrayList<>();
					while (tables.next()) {
						owners.add(tables.getString(1));
					}
					assertThat(owners).hasSize(6).containsOnly("news_export_owner");
				}

				// Every night, as the runtime role, in a process of its own with its log.
				List<String> runtime = List.of("spring.datasource.url=" + url,
						"spring.datasource.username=news_export_run", "spring.batch.jdbc.initialize-schema=never",
						"spring.config.import=optional:configtree:" + runSecrets + "/");
				Path input = TestCorpus.generate(tmp.resolve("input"), 4);
				Path output = tmp.resolve("out");
				JobProcess job = JobProcess.start(tmp.resolve("run.log"), runtime, "run", "--input", input.toString(),
						"--output", output.toString());
				assertThat(job.waitFor(120)).as(job.output()).isZero();
				assertThat(job.output()).contains("execution 1 COMPLETED");

				CliRun asRuntime = CliRun.withoutRepository()
					.with(runtime.stream().map(property -> "--" + property).toArray(String[]::new));
				for (String[] command : List.of(new String[] { "executions" },
						new String[] { "executions", "--format", "csv" },
						new String[] { "executions", "--format", "json" }, new String[] { "show", "1" },
						new String[] { "show", "1", "--format", "json" })) {
					assertThat(asRuntime.run(command)).as(asRuntime.err()).isZero();
					commandOutput.append(asRuntime.out()).append(asRuntime.err());
				}
				assertThat(commandOutput).contains("COMPLETED");

				// The runtime role has row rights only.
				try (Connection run = DriverManager.getConnection(url, "news_export_run", runPassword);
						Statement statement = run.createStatement()) {
					assertThatThrownBy(() -> statement.execute("CREATE TABLE news_export.intruder (id INT)"))
						.isInstanceOf(SQLException.class)
						.hasMessageContaining("permission denied");
					assertThatThrownBy(() -> statement.execute("DELETE FROM batch_job_execution_params"))
						.isInstanceOf(SQLException.class)
						.hasMessageContaining("permission denied");
				}

				// The server checks the password: a wrong one is refused in one line,
				// which shows neither.
				Path wrong = secretFile(tmp.resolve("wrong-secrets"), "not-" + runPassword);
				CliRun refused = CliRun.onUrl(url)
					.with("--spring.datasource.username=news_export_run",
							"--spring.config.import=optional:configtree:" + wrong + "/");
				assertThat(refused.run("executions")).isNotZero();
				assertThat(refused.out() + refused.err()).hasLineCount(1)
					.contains("password authentication failed for user \"news_export_run\"")
					.doesNotContain(runPassword);

				// The URL's TLS settings reach the driver: this server has no TLS, so a
				// URL that requires it fails.
				CliRun withTls = CliRun.onUrl(url + "?sslmode=require")
					.with("--spring.datasource.username=news_export_run",
							"--spring.config.import=optional:configtree:" + runSecrets + "/");
				assertThat(withTls.run("executions")).isNotZero();
				assertThat(withTls.out() + withTls.err()).hasLineCount(1).contains("SSL").doesNotContain(runPassword);

				String everything = printed.toString(StandardCharsets.UTF_8) + commandOutput + job.output();
				for (String password : List.of(ownerPassword, runPassword)) {
					assertThat(everything).doesNotContain(password);
					H2JobRepositoryTest.assertNotInFiles(output, password);
				}
				assertThat(output.resolve("_manifest.json")).exists();
			}
			finally {
				System.setOut(stdout);
			}
		}
	}

	/** The statements of the guide's SQL blocks, in order. */
	private static List<String> guideStatements() throws IOException {
		List<String> statements = new ArrayList<>();
		Matcher blocks = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
		while (blocks.find()) {
			String sql = blocks.group(1).replaceAll("(?m)^--.*$", "");
			for (String statement : sql.split(";")) {
				if (!statement.isBlank()) {
					statements.add(statement.strip());
				}
			}
		}
		assertThat(statements).as("SQL in " + GUIDE).hasSizeGreaterThan(5);
		return statements;
	}

	/** Trust for the superuser that sets the test up; a password for every other role. */
	private static void passwordsForAllButTheSuperuser(java.io.File dataDirectory) {
		try {
			Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
					local all postgres trust
					host all postgres 127.0.0.1/32 trust
					host all postgres ::1/128 trust
					host all all 127.0.0.1/32 scram-sha-256
					host all all ::1/128 scram-sha-256
					""");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Path secretFile(Path folder, String password) throws IOException {
		Files.createDirectories(folder);
		Path file = folder.resolve("spring.datasource.password");
		Files.writeString(file, password + "\n"); // as echo writes it
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return folder;
	}

	private static String secret() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return "pw" + HexFormat.of().formatHex(bytes);
	}

}
