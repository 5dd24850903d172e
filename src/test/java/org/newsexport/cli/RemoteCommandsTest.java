package org.newsexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line of remote partitions: {@code worker}, {@code broker} and
 * {@code --broker-url}.
 */
class RemoteCommandsTest {

	@TempDir
	Path tmp;

	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	@Test
	void workerWithoutBrokerIsAUsageErrorInOneLine() {
		assertThat(cli.run("worker")).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: 'worker' needs a broker: --broker-url tcp://HOST:61616 or "
				+ "export.broker-url (start one with 'news-export broker')\n");
	}

	@Test
	void workerWithABrokerThatCannotBeReachedSaysSoInOneLine() throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort(); // closed: nothing listens there
		}
		assertThat(cli.run("worker", "--broker-url", "tcp://127.0.0.1:" + port)).isEqualTo(1);
		// After the warning that the repository is an H2 file (this test's).
		assertThat(cli.err().lines()).hasSize(2)
			.last()
			.asString()
			.startsWith("news-export: cannot reach the broker at tcp://127.0.0.1:" + port + ": AMQ219007");
		assertThat(cli.out()).doesNotContain("worker ready");
	}

	@Test
	void brokerWithABadPortIsAUsageErrorBeforeAnythingStarts() {
		assertThat(cli.run("broker", "--port", "http")).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: invalid --port 'http': expected a port number such as 61616\n");
		assertThat(tmp.resolve("repository")).doesNotExist();
	}

	@Test
	void brokerUrlIsASpringPropertyOfRunRestartAndWorker() {
		assertThat(CommandLine.parse("run", "--broker-url", "tcp://h:61616").springArguments())
			.contains("--export.broker-url=tcp://h:61616");
		assertThat(CommandLine.parse("restart", "5", "--broker-url=tcp://h:61616", "--force").springArguments())
			.containsExactlyInAnyOrder("--export.broker-url=tcp://h:61616", "--export.force=true");
		assertThat(CommandLine.parse("worker", "--broker-url", "tcp://h:61616", "--concurrency", "2").springArguments())
			.containsExactlyInAnyOrder("--export.broker-url=tcp://h:61616", "--worker.concurrency=2");
		assertThat(CommandLine.parse("broker", "--port", "1234").springArguments()).isEmpty();
	}

	@Test
	void helpOfWorkerAndBroker() {
		assertThat(cli.run("help", "worker")).isZero();
		assertThat(cli.out())
			.contains("Usage: news-export worker", "--broker-url URL", "--concurrency N", "next chunk", "PostgreSQL")
			.doesNotContain("--gold", "--port");
		assertThat(cli.run("broker", "--help")).isZero();
		assertThat(cli.out()).contains("Usage: news-export broker", "--port N", "--bind ADDRESS", "--data DIR",
				"real Artemis");
		assertThat(cli.run("--help")).isZero();
		assertThat(cli.out()).contains("  worker ", "  broker ", "docs/several-machines.md");
		assertThat(cli.run("help", "run")).isZero();
		assertThat(cli.out()).contains("--broker-url URL");
	}

	@Test
	void workerHasNoRunOptions() {
		assertThat(cli.run("worker", "--input", "x")).isEqualTo(2);
		assertThat(cli.err()).contains("unknown option '--input' for 'worker'").hasLineCount(1);
	}

}
