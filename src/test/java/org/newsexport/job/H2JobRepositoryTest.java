package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.JobProcess;
import org.newsexport.support.TestCorpus;

/**
 * The H2 job repository is closed to other local users: a 0700 folder, 0600 files, a
 * generated password that the former default no longer opens, an auto-server on the
 * loopback interface only; repositories made with the former defaults keep working.
 */
class H2JobRepositoryTest {

	@TempDir
	Path tmp;

	/** The command line of the last run. */
	private CliRun cli;

	/** What every command of the test printed, to stdout and stderr. */
	private final StringBuilder printed = new StringBuilder();

	private int run(String url, String... args) {
		cli = CliRun.onUrl(url);
		int exit = cli.run(args);
		printed.append(cli.out()).append(cli.err());
		return exit;
	}

	private static String url(Path database) {
		return "jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
	}

	@Test
	void freshRepositoryIsClosedToOthersAndItsPasswordIsWrittenNowhereElse() throws Exception {
		Path folder = tmp.resolve("data");
		String url = url(folder.resolve("job-repository"));
		Path input = TestCorpus.generate(tmp.resolve("input"), 3);
		Path output = tmp.resolve("out");
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		PrintStream stdout = System.out;
		// the log goes to System.out
		System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
		try {
			assertThat(run(url, "run", "--input", input.toString(), "--output", output.toString())).as(cli.err())
				.isZero();
			// 0600 from the start, not only from the next start on (H2 creates its files
			// with the umask's mode)
			assertThat(mode(folder.resolve("job-repository.mv.db"))).isEqualTo("rw-------");
			assertThat(run(url, "executions")).isZero();
			assertThat(run(url, "executions", "--format", "json")).isZero();
			assertThat(run(url, "show", "1")).isZero();
		}
		finally {
			System.setOut(stdout);
		}
		assertThat(log.toString(StandardCharsets.UTF_8)).contains("ExportProgress");

		assertThat(mode(folder)).isEqualTo("rwx------");
		Path passwordFile = folder.resolve("job-repository.password");
		assertThat(mode(passwordFile)).isEqualTo("rw-------");
		assertThat(mode(folder.resolve("job-repository.mv.db"))).isEqualTo("rw-------");
		String password = Files.readString(passwordFile).strip();
		assertThat(password).matches("[0-9a-f]{64}");

		assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class)
			.hasMessageContaining("Wrong user name or password");
		try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
			assertThat(connection.createStatement().executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").next())
				.isTrue();
		}
		assertThat(printed + log.toString(StandardCharsets.UTF_8)).contains("COMPLETED").doesNotContain(password);
		assertNotInFiles(output, password);
	}

	/**
	 * A repository made by a version that used H2's defaults (sa, empty password) gets
	 * the generated password.
	 */
	@Test
	void repositoryOfTheFormerDefaultsIsMigratedAndKeepsItsHistory() throws Exception {
		Path folder = tmp.resolve("data");
		String url = url(folder.resolve("job-repository"));
		Path input = TestCorpus.generate(tmp.resolve("input"), 2);
		// As before: user sa, empty password, a folder and files as the umask made them.
		CliRun formerDefaults = CliRun.onUrl(url)
			.with("--spring.datasource.username=sa", "--spring.datasource.password=");
		assertThat(formerDefaults.export(input, tmp.resolve("out"))).as(formerDefaults.err()).isZero();
		assertThat(folder.resolve("job-repository.password")).doesNotExist();
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(folder.resolve("job-repository.mv.db"),
				PosixFilePermissions.fromString("rw-r--r--"));

		assertThat(run(url, "executions", "--format", "csv")).as(cli.err()).isZero();
		assertThat(cli.out().lines().skip(1).findFirst().orElseThrow()).startsWith("1,COMPLETED,");
		assertThat(mode(folder)).isEqualTo("rwx------");
		assertThat(mode(folder.resolve("job-repository.mv.db"))).isEqualTo("rw-------");
		assertThat(mode(folder.resolve("job-repository.password"))).isEqualTo("rw-------");
		assertThat(folder.resolve("job-repository.password.new")).doesNotExist();
		assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class)
			.hasMessageContaining("Wrong user name or password");
		assertThat(run(url, "show", "1")).isZero();
	}

	/**
	 * A migration cut short after the database got the new password, before its file was
	 * in place, is finished.
	 */
	@Test
	void migrationCutShortIsFinishedByTheNextStart() throws Exception {
		Path folder = Files.createDirectories(tmp.resolve("data"));
		String url = url(folder.resolve("job-repository"));
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement().execute("ALTER USER SA SET PASSWORD 'pending'");
		}
		Files.writeString(folder.resolve("job-repository.password.new"), "pending\n");
		assertThat(run(url, "executions")).as(cli.err()).isZero();
		assertThat(Files.readString(folder.resolve("job-repository.password"))).isEqualTo("pending\n");
		assertThat(folder.resolve("job-repository.password.new")).doesNotExist();
		assertThat(mode(folder.resolve("job-repository.password"))).isEqualTo("rw-------");
	}

	@Test
	void folderOthersCanWriteIsRefusedInOneLine() throws Exception {
		Path folder = Files.createDirectories(tmp.resolve("shared"));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxr-x"));
		assertThat(run(url(folder.resolve("job-repository")), "executions")).isEqualTo(2);
		assertThat(cli.err())
			.isEqualTo("news-export: the job repository folder " + folder + " is writable by other users (mode 0775): "
					+ "make it yours alone (chmod 700 " + folder + ") or choose another (spring.datasource.url)\n");
		assertThat(folder.resolve("job-repository.mv.db")).doesNotExist();
		assertThat(folder.resolve("job-repository.password")).doesNotExist();
	}

	/**
	 * While a run holds the repository, its auto-server listens on 127.0.0.1 only, and a
	 * second process that has the server's key (the lock file) but not the password is
	 * refused.
	 */
	@Test
	void autoServerOfARunListensOnLoopbackOnlyAndWantsThePassword() throws Exception {
		Path folder = tmp.resolve("data");
		String url = url(folder.resolve("job-repository"));
		Path input = TestCorpus.generate(tmp.resolve("input"), 60);
		JobProcess running = JobProcess.start(tmp.resolve("running.log"),
				List.of("spring.datasource.url=" + url, "spring.main.sources=org.newsexport.support.SlowChunks",
						"test.chunk-delay-ms=300"),
				"run", "--input", input.toString(), "--output", tmp.resolve("out").toString(), "--commit-interval",
				"1");
		try {
			// In the export step the run holds the database; before it, start-up may open
			// and close it.
			running.awaitWhileAlive("the export step", () -> running.output().contains("Exporting "));
			Path lock = folder.resolve("job-repository.lock.db");
			Matcher server = awaitServer(lock, running);
			assertThat(server.group(1)).isIn("127.0.0.1", "localhost");
			int port = Integer.parseInt(server.group(2));
			// H2 makes its lock file with the umask's mode; the folder keeps others from
			// reaching it.
			assertThat(mode(folder)).isEqualTo("rwx------");
			assertThat(listeningAddresses(port)).as("listening sockets on port " + port)
				.isNotEmpty()
				.allMatch(H2JobRepositoryTest::loopback);
			for (InetAddress address : nonLoopbackAddresses()) {
				try (Socket socket = new Socket()) {
					assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
						.as("a connection to " + address + ":" + port)
						.isInstanceOf(IOException.class);
				}
			}
			assertThat(running.isAlive()).as(running.output()).isTrue();
			assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("Wrong user name or password");
			String password = Files.readString(folder.resolve("job-repository.password")).strip();
			try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
				assertThat(connection.isValid(5)).isTrue();
			}
		}
		finally {
			running.kill();
		}
	}

	private static Matcher awaitServer(Path lock, JobProcess process) throws Exception {
		Pattern server = Pattern.compile("^server=([^:]+):(\\d+)$", Pattern.MULTILINE);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("the run ended before its server was seen:\n" + process.output());
			}
			if (Files.exists(lock)) {
				Properties properties = new Properties();
				try (var reader = Files.newBufferedReader(lock, StandardCharsets.ISO_8859_1)) {
					properties.load(reader);
				}
				catch (IOException ex) {
					// being written
				}
				if (properties.getProperty("server") != null) {
					Matcher matcher = server.matcher("server=" + properties.getProperty("server"));
					// Listening: the job may open the database briefly before its run
					// holds it (a server that is gone by the time it is looked at), and a
					// later lock file names the run's server.
					if (matcher.find() && !listeningAddresses(Integer.parseInt(matcher.group(2))).isEmpty()) {
						return matcher;
					}
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no server in " + lock + ":\n" + process.output());
	}

	/**
	 * The local addresses, in /proc/net/tcp's hex, of the sockets listening on a port
	 * (IPv4 and IPv6).
	 */
	private static List<String> listeningAddresses(int port) throws IOException {
		List<String> addresses = new ArrayList<>();
		String suffix = String.format(":%04X", port);
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.exists(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
				String[] fields = line.trim().split("\\s+");
				// fields[1]: local address:port, fields[3]: state, 0A = LISTEN
				if (fields[1].endsWith(suffix) && fields[3].equals("0A")) {
					addresses.add(fields[1].substring(0, fields[1].length() - suffix.length()));
				}
			}
		}
		return addresses;
	}

	/** 127.0.0.1, ::ffff:127.0.0.1 or ::1, as /proc/net/tcp and tcp6 write them. */
	private static boolean loopback(String address) {
		return address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F")
				|| address.equals("00000000000000000000000001000000");
	}

	private static List<InetAddress> nonLoopbackAddresses() throws IOException {
		List<InetAddress> addresses = new ArrayList<>();
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				network.inetAddresses().filter(address -> !address.isLinkLocalAddress()).forEach(addresses::add);
			}
		}
		return addresses;
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	static void assertNotInFiles(Path folder, String secret) throws IOException {
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> regular = files.filter(Files::isRegularFile).toList();
			assertThat(regular).isNotEmpty();
			for (Path file : regular) {
				String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				assertThat(content.contains(new String(bytes, StandardCharsets.ISO_8859_1))).as(file.toString())
					.isFalse();
			}
		}
	}

}
