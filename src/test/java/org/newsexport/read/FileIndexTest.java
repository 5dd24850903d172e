package org.newsexport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

class FileIndexTest {

	private static final String A = "a".repeat(64);

	private static final String B = "b".repeat(64);

	/** The same first 64 bits as A: the index compares those only. */
	private static final String A_PREFIX = "a".repeat(16) + "0".repeat(48);

	@Test
	void aPathIsNewChangedOrUnchangedByItsContentHash() {
		FileIndex index = FileIndex.builder().add("x.txt", A).add("dir/y.txt", B).build();

		assertThat(index.size()).isEqualTo(2);
		assertThat(index.change("x.txt", A)).isEqualTo(FileChange.UNCHANGED);
		assertThat(index.change("x.txt", B)).isEqualTo(FileChange.CHANGED);
		assertThat(index.change("dir/y.txt", B)).isEqualTo(FileChange.UNCHANGED);
		assertThat(index.change("y.txt", B)).as("another path with the same content").isEqualTo(FileChange.NEW);
		assertThat(index.change("X.txt", A)).isEqualTo(FileChange.NEW);
		assertThat(index.change("x.txt", A_PREFIX)).isEqualTo(FileChange.UNCHANGED);
	}

	@Test
	void aFileWithoutAHashIsNeverUnchanged() {
		FileIndex index = FileIndex.builder()
			.add("link.txt", null)
			.add("odd.txt", "not a hash")
			.add("x.txt", A)
			.build();

		assertThat(index.change("link.txt", null)).isEqualTo(FileChange.CHANGED);
		assertThat(index.change("link.txt", A)).isEqualTo(FileChange.CHANGED);
		assertThat(index.change("odd.txt", A)).isEqualTo(FileChange.CHANGED);
		assertThat(index.change("x.txt", null)).as("its bytes were not read this time").isEqualTo(FileChange.CHANGED);
		assertThat(index.change("new.txt", null)).isEqualTo(FileChange.NEW);
	}

	@Test
	void aPathListedTwiceIsOneEntryWithoutAHash() {
		FileIndex index = FileIndex.builder().add("x.txt", A).add("y.txt", B).add("x.txt", A).build();

		assertThat(index.size()).isEqualTo(2);
		assertThat(index.change("x.txt", A)).isEqualTo(FileChange.CHANGED);
		assertThat(index.change("y.txt", B)).isEqualTo(FileChange.UNCHANGED);
	}

	@Test
	void anIndexOfManyFilesReadsBackTheSame() throws IOException {
		FileIndex.Builder builder = FileIndex.builder();
		int files = 5000;
		for (int i = 0; i < files; i++) {
			builder.add("dir-" + (i % 7) + "/file-" + i + ".txt", i % 100 == 0 ? null : hash(i));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		builder.build().writeTo(bytes);

		FileIndex index = FileIndex.readFrom(new ByteArrayInputStream(bytes.toByteArray()));

		assertThat(index.size()).isEqualTo(files);
		assertThat(bytes.size()).as("17 bytes a file").isLessThan(files * 17 + 100);
		for (int i = 0; i < files; i++) {
			String path = "dir-" + (i % 7) + "/file-" + i + ".txt";
			assertThat(index.change(path, hash(i))).isEqualTo(i % 100 == 0 ? FileChange.CHANGED : FileChange.UNCHANGED);
			assertThat(index.change(path, hash(i + 1))).isEqualTo(FileChange.CHANGED);
		}
		assertThat(index.change("dir-0/file-" + files + ".txt", hash(files))).isEqualTo(FileChange.NEW);
	}

	private static String hash(int i) {
		return String.format("%016x", i * 0x9E3779B97F4A7C15L) + "0".repeat(48);
	}

}
