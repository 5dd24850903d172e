package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.junit.jupiter.api.Test;
import org.newsexport.write.OutputFileSystems;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

class JobFileSystemsTest {

	private static final URI OUTPUT = URI.create("file:///tmp/out");

	private final List<ClosingFileSystem> made = new ArrayList<>();

	private final JobFileSystems fileSystems = new JobFileSystems(uri -> {
		ClosingFileSystem fs = new ClosingFileSystem(OutputFileSystems.get(uri, OutputFileSystems.newConfiguration()));
		made.add(fs);
		return fs;
	});

	@Test
	void oneFileSystemPerJobExecutionClosedAtItsEnd() {
		JobExecution first = execution(1);
		JobExecution second = execution(2);
		FileSystem fs = fileSystems.get(first, OUTPUT);
		assertThat(fileSystems.get(first, OUTPUT)).isSameAs(fs);
		FileSystem other = fileSystems.get(second, OUTPUT);
		assertThat(other).isNotSameAs(fs);
		assertThat(fileSystems.openCount()).isEqualTo(2);

		fileSystems.afterJob(first);
		assertThat(made.get(0).closed).isEqualTo(1);
		assertThat(made.get(1).closed).isZero();
		assertThat(fileSystems.openCount()).isEqualTo(1);
		fileSystems.afterJob(first); // closed once only
		fileSystems.afterJob(second);
		assertThat(made).extracting(made -> made.closed).containsExactly(1, 1);
		assertThat(fileSystems.openCount()).isZero();
	}

	private static JobExecution execution(long id) {
		return new JobExecution(id, new JobInstance(id, ExportJobConfiguration.JOB_NAME), new JobParameters());
	}

	private static final class ClosingFileSystem extends FilterFileSystem {

		int closed;

		ClosingFileSystem(FileSystem fs) {
			super(fs);
		}

		@Override
		public void close() throws IOException {
			closed++;
			super.close();
		}

	}

}
