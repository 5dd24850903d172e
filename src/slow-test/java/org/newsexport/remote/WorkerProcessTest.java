package org.newsexport.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.support.JobProcess;

/**
 * {@code news-export broker} and {@code news-export worker} as processes: each says it is
 * ready in one line, and ends cleanly with exit status 0 on SIGTERM. In the {@code slow}
 * Maven profile, with the other suites of processes.
 */
@Tag("slow")
class WorkerProcessTest {

	@TempDir
	Path tmp;

	@Test
	void brokerAndWorkerStartSayWhereAndStopOnSigterm() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		JobProcess broker = JobProcess.start(tmp.resolve("broker.log"), List.of(), "broker", "--port",
				String.valueOf(port), "--data", tmp.resolve("broker").toString());
		JobProcess worker = null;
		try {
			broker.awaitWhileAlive("the broker's ready line",
					() -> broker.output().contains("broker listening on tcp://127.0.0.1:" + port));
			String repository = "jdbc:h2:file:" + tmp.resolve("repository/db") + ";AUTO_SERVER=TRUE";
			JobProcess started = JobProcess.start(tmp.resolve("worker.log"),
					List.of("spring.datasource.url=" + repository), "worker", "--broker-url",
					"tcp://127.0.0.1:" + port);
			worker = started;
			started.awaitWhileAlive("the worker's ready line", () -> started.output().contains("worker ready"));
			started.terminate();
			assertThat(started.waitFor(60)).as(started.output()).isZero();
			assertThat(started.output()).contains(
					"news-export: warning: the job repository is an H2 file: workers on this machine only",
					"worker ready: broker tcp://127.0.0.1:" + port + ", queue news-export.partitions, repository "
							+ repository,
					"worker stopped by SIGTERM");
			broker.terminate();
			assertThat(broker.waitFor(60)).as(broker.output()).isZero();
			assertThat(broker.output()).contains("broker stopped");
			assertThat(tmp.resolve("broker/journal")).isDirectory();
		}
		finally {
			if (worker != null && worker.isAlive()) {
				worker.kill();
			}
			if (broker.isAlive()) {
				broker.kill();
			}
		}
	}

}
