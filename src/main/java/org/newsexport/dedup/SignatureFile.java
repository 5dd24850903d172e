package org.newsexport.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The MinHash signatures of a run, in a temporary file: appended one by one, then
 * memory-mapped for reading. They take {@code 4 × permutations} bytes per document on
 * disk and in the page cache, none on the heap, so the heap does not grow with them. The
 * file is deleted on {@link #close()}.
 */
final class SignatureFile implements Closeable {

	/** Mapped in segments: one mapping cannot exceed 2 GiB. */
	private static final long SEGMENT_BYTES = 1L << 30;

	private final Path file;

	private final FileChannel channel;

	private final int permutations;

	private final ByteBuffer writeBuffer;

	private final int documentsPerSegment;

	private List<IntBuffer> segments;

	private int documents;

	SignatureFile(Path workDir, int permutations) throws IOException {
		this.permutations = permutations;
		this.file = Files.createTempFile(workDir, "news-export-signatures-", ".bin");
		this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
		int signatureBytes = 4 * permutations;
		this.writeBuffer = ByteBuffer
			.allocateDirect(Math.max(signatureBytes, 256 * 1024 / signatureBytes * signatureBytes))
			.order(ByteOrder.nativeOrder());
		this.documentsPerSegment = (int) Math.max(1, SEGMENT_BYTES / signatureBytes);
	}

	void append(int[] signature) throws IOException {
		if (segments != null) {
			throw new IllegalStateException("Signature file " + file + " is already mapped for reading");
		}
		if (writeBuffer.remaining() < 4 * permutations) {
			flush();
		}
		writeBuffer.asIntBuffer().put(signature, 0, permutations);
		writeBuffer.position(writeBuffer.position() + 4 * permutations);
		documents++;
	}

	/** Ends appending and maps the file for reading. */
	void map() throws IOException {
		if (segments != null) {
			return;
		}
		flush();
		segments = new ArrayList<>();
		long segmentBytes = 4L * permutations * documentsPerSegment;
		long total = 4L * permutations * documents;
		for (long start = 0; start < total; start += segmentBytes) {
			long length = Math.min(segmentBytes, total - start);
			segments.add(channel.map(FileChannel.MapMode.READ_ONLY, start, length)
				.order(ByteOrder.nativeOrder())
				.asIntBuffer());
		}
	}

	int documents() {
		return documents;
	}

	/** Value {@code position} of the signature of document {@code doc}. */
	int get(int doc, int position) {
		return segments.get(doc / documentsPerSegment).get((doc % documentsPerSegment) * permutations + position);
	}

	/** The number of positions where the signatures of two documents agree. */
	int agreements(int a, int b) {
		IntBuffer segmentA = segments.get(a / documentsPerSegment);
		IntBuffer segmentB = segments.get(b / documentsPerSegment);
		int offsetA = (a % documentsPerSegment) * permutations;
		int offsetB = (b % documentsPerSegment) * permutations;
		int equal = 0;
		for (int i = 0; i < permutations; i++) {
			if (segmentA.get(offsetA + i) == segmentB.get(offsetB + i)) {
				equal++;
			}
		}
		return equal;
	}

	long bytes() {
		return 4L * permutations * documents;
	}

	private void flush() throws IOException {
		writeBuffer.flip();
		while (writeBuffer.hasRemaining()) {
			channel.write(writeBuffer);
		}
		writeBuffer.clear();
	}

	/**
	 * Closes and deletes the file; the mappings go with the buffers, when they are
	 * collected.
	 */
	@Override
	public void close() throws IOException {
		segments = null;
		try {
			channel.close();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
