package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.JobProcess;
import org.newsexport.support.TestCorpus;
import org.newsexport.write.OutputFileSystems;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A run that finds the export marked running by a process of another host (a shared job
 * repository) cannot ask the operating system whether that process lives: it watches the
 * run's heartbeat in the output, and takes the run for dead when the heartbeat does not
 * change for {@code export.worker-timeout}.
 */
@ExtendWith(OutputCaptureExtension.class)
class OtherHostRunTest {

	@TempDir
	Path tmp;

	@Test
	void aRunKilledOnAnotherHostIsResumedOnceItsHeartbeatStopped(CapturedOutput log) throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), 40);
		Path output = tmp.resolve("out");
		String url = "jdbc:h2:file:" + tmp.resolve("repository/db") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
		JobProcess other = JobProcess.start(tmp.resolve("other.log"), null,
				List.of("spring.datasource.url=" + url, "spring.main.sources=org.newsexport.support.SlowChunks",
						"test.chunk-delay-ms=200", "export.worker-timeout=3s"),
				Map.of("HOSTNAME", "another-host"), "run", "--input", input.toString(), "--output", output.toString(),
				"--commit-interval", "1");
		other.awaitWhileAlive("the export step", () -> other.output().contains("Exporting "));
		assertThat(Files.exists(output.resolve(ManagerHeartbeat.FILE))).as("the run's heartbeat").isTrue();
		other.kill();

		CliRun cli = CliRun.onUrl(url);
		assertThat(cli.export(input, output, "--export.worker-timeout=3s")).as(cli.err()).isZero();
		assertThat(log.getOut()).contains("on another-host) is marked running: watching its heartbeat")
			.contains("gave no sign of life for 3 s: marking it FAILED to restart it")
			.contains("Resuming export #1");
		assertThat(output.resolve("_SUCCESS")).exists();
		assertThat(output.resolve(ManagerHeartbeat.FILE)).as("removed when the job ends").doesNotExist();
	}

	@Test
	void aHeartbeatThatChangesIsALiveRunAndOneThatDoesNotIsADeadOne() throws Exception {
		URI output = tmp.toUri();
		try (FileSystem fs = OutputFileSystems.get(output, OutputFileSystems.newConfiguration())) {
			write(fs, output, "1 7 host 42");
			assertThat(ManagerHeartbeat.alive(fs, output, 7, Duration.ofMillis(600), System::nanoTime))
				.as("a heartbeat that does not change")
				.isFalse();

			AtomicBoolean beating = new AtomicBoolean(true);
			Thread beat = new Thread(() -> {
				for (int counter = 2; beating.get(); counter++) {
					try {
						write(fs, output, counter + " 7 host 42");
						Thread.sleep(50);
					}
					catch (IOException | InterruptedException ex) {
						return;
					}
				}
			});
			beat.start();
			try {
				assertThat(ManagerHeartbeat.alive(fs, output, 7, Duration.ofSeconds(30), System::nanoTime))
					.as("a heartbeat that changes")
					.isTrue();
				assertThat(ManagerHeartbeat.alive(fs, output, 8, Duration.ofMillis(600), System::nanoTime))
					.as("the heartbeat of another execution")
					.isFalse();
			}
			finally {
				beating.set(false);
				beat.join();
			}
		}
	}

	private static void write(FileSystem fs, URI output, String content) throws IOException {
		try (OutputStream out = fs.create(ManagerHeartbeat.file(output), true)) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
	}

}
