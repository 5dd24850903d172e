package org.newsexport.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFileSystemsTest {

	@TempDir
	java.nio.file.Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "file:///tmp/export", "/tmp/export", "export" })
	void localPathsGetTheRawLocalFileSystem(String uri) throws Exception {
		try (FileSystem fs = OutputFileSystems.get(URI.create(uri), OutputFileSystems.newConfiguration())) {
			assertThat(fs).isInstanceOf(RawLocalFileSystem.class);
		}
	}

	@Test
	void probeMakesTheRootOfAnOutputOnAnotherFileSystemAndRefusesAFile() throws Exception {
		java.nio.file.Path root = dir.resolve("exports/nightly");
		OutputFileSystems.probe(URI.create("fullfs://" + root));
		assertThat(root).isDirectory();
		// and again, now that it exists
		OutputFileSystems.probe(URI.create("fullfs://" + root));

		java.nio.file.Path file = Files.writeString(dir.resolve("file"), "x");
		assertThatThrownBy(() -> OutputFileSystems.probe(URI.create("fullfs://" + file)))
			.hasMessage("it is a file, not a directory");
		assertThatThrownBy(() -> OutputFileSystems.probe(URI.create("s3a://bucket/exports")))
			.hasMessageStartingWith("no Hadoop file system for the scheme 's3a' on the class path");
	}

	@Test
	void createdFilesAndDirectoriesGetHadoopsPermissions() throws Exception {
		assertThat(permissions(OutputFileSystems.newConfiguration(), "parquet/articles", "part-00000.parquet"))
			.containsExactly("rwxr-xr-x", "rwxr-xr-x", "rw-r--r--");
	}

	@Test
	void permissionsAreSetAsAsked() throws Exception {
		java.nio.file.Path file = Files.writeString(dir.resolve("a.csv"), "a");
		try (FileSystem fs = OutputFileSystems.get(dir.toUri(), OutputFileSystems.newConfiguration())) {
			fs.setPermission(new Path(file.toUri()), new FsPermission((short) 0640));
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
			fs.setPermission(new Path(dir.toUri()), new FsPermission((short) 0700));
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
		}
	}

	/**
	 * Creates the file in the directories, returns the permissions of each directory and
	 * of the file.
	 */
	private String[] permissions(Configuration conf, String directories, String file) throws Exception {
		Path path = new Path(new Path(dir.toUri()), directories + "/" + file);
		try (FileSystem fs = OutputFileSystems.get(dir.toUri(), conf); OutputStream out = fs.create(path, false)) {
			out.write(1);
		}
		String[] parts = (directories + "/" + file).split("/");
		String[] permissions = new String[parts.length];
		java.nio.file.Path current = dir;
		for (int i = 0; i < parts.length; i++) {
			current = current.resolve(parts[i]);
			permissions[i] = PosixFilePermissions.toString(Files.getPosixFilePermissions(current));
		}
		return permissions;
	}

}
