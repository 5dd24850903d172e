package org.newsexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFileSystemsTest {

	@ParameterizedTest
	@ValueSource(strings = { "file:///tmp/export", "/tmp/export", "export" })
	void localPathsGetTheRawLocalFileSystem(String uri) throws Exception {
		try (FileSystem fs = OutputFileSystems.get(URI.create(uri), OutputFileSystems.newConfiguration())) {
			assertThat(fs).isExactlyInstanceOf(RawLocalFileSystem.class);
		}
	}

}
