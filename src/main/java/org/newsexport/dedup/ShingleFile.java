package org.newsexport.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Shingle sets in a temporary file, so that the exact Jaccard similarity of two documents
 * can be computed without keeping either text: 8 bytes per distinct shingle, for the
 * documents in clusters only. Deleted on {@link #close()}.
 */
final class ShingleFile implements Closeable {

	private final Path file;

	private final FileChannel channel;

	private long length;

	ShingleFile(Path workDir) throws IOException {
		this.file = Files.createTempFile(workDir, "news-export-shingles-", ".bin");
		this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
	}

	/** Appends a shingle set; returns its position, for {@link #read}. */
	long append(long[] hashes) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(8 * hashes.length);
		buffer.asLongBuffer().put(hashes);
		long position = length;
		while (buffer.hasRemaining()) {
			length += channel.write(buffer, length);
		}
		return position;
	}

	long[] read(long position, int count) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(8 * count);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				throw new IOException("Shingle file " + file + " ends before byte " + (position + 8L * count));
			}
		}
		buffer.flip();
		long[] hashes = new long[count];
		buffer.asLongBuffer().get(hashes);
		return hashes;
	}

	long bytes() {
		return length;
	}

	@Override
	public void close() throws IOException {
		try {
			channel.close();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
