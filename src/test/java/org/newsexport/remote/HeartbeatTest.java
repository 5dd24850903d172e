package org.newsexport.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.job.ExportParameters;
import org.newsexport.job.ExportParameters.ProcessIdentity;
import org.newsexport.write.OutputFileSystems;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

class HeartbeatTest {

	@TempDir
	Path output;

	private StepExecution step(String name) {
		JobExecution job = new JobExecution(5L, new JobInstance(3L, "newsExportJob"),
				new JobParametersBuilder().addString(ExportParameters.OUTPUT, output.toUri().toString())
					.toJobParameters());
		return new StepExecution(9L, name, job);
	}

	@Test
	void aPartitionsHeartbeatIsInItsStagingFolder() {
		assertThat(Heartbeat.file(step("exportPartition:p-00001")).toUri().getPath())
			.isEqualTo(output.resolve(".staging/instance-3/partitions/p-00001/_heartbeat").toString());
		assertThat(Heartbeat.file(step("export"))).isNull();
	}

	@Test
	void parsesOnlyAHeartbeat() {
		assertThat(Heartbeat.parse("42 host1 1234\n")).isEqualTo(new Heartbeat.Beat(42, "host1", 1234));
		assertThat(Heartbeat.parse(null)).isNull();
		assertThat(Heartbeat.parse("garbage")).isNull();
		assertThat(Heartbeat.parse("x host 1")).isNull();
	}

	@Test
	void theListenerBeatsWhileTheStepRunsAndRemovesTheFileAtItsEnd() throws Exception {
		StepExecution step = step("exportPartition:p-00000");
		Path file = output.resolve(".staging/instance-3/partitions/p-00000/_heartbeat");
		try (HeartbeatListener listener = new HeartbeatListener(Duration.ofSeconds(60),
				uri -> OutputFileSystems.get(uri, OutputFileSystems.newConfiguration()))) {
			listener.beforeStep(step);
			// The first beat is written before the step reads anything.
			ProcessIdentity self = ProcessIdentity.current();
			assertThat(Files.readString(file)).isEqualTo("1 " + self.host() + " " + self.pid() + "\n");
			try (FileSystem fs = OutputFileSystems.get(output.toUri(), OutputFileSystems.newConfiguration())) {
				assertThat(new PartitionState(9, step.getStepName(), step.getStatus(), 0, 0, 0, 0, null,
						Heartbeat.read(fs, Heartbeat.file(step)))
					.worker()).isEqualTo(self.host() + " pid " + self.pid());
			}
			listener.afterStep(step);
			assertThat(file).doesNotExist();
		}
	}

	@Test
	void aHeartbeatThatIsNotThereReadsAsNull() throws Exception {
		try (FileSystem fs = OutputFileSystems.get(output.toUri(), OutputFileSystems.newConfiguration())) {
			assertThat(Heartbeat.read(fs, Heartbeat.file(step("exportPartition:p-00000")))).isNull();
		}
	}

	@Test
	void theBeatIntervalIsAFractionOfTheWorkerTimeout() {
		assertThat(HeartbeatListener.intervalFor(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(5));
		assertThat(HeartbeatListener.intervalFor(Duration.ofSeconds(12))).isEqualTo(Duration.ofSeconds(2));
		assertThat(HeartbeatListener.intervalFor(Duration.ofMillis(300))).isEqualTo(Duration.ofMillis(100));
	}

}
