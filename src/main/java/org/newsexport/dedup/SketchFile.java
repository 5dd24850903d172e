package org.newsexport.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.newsexport.dedup.DuplicateIndex.Sketch;
import org.newsexport.dedup.SketchSource.SketchConsumer;

/**
 * A compact binary file of {@link Sketch}es, in document order: what one partition of the
 * duplicates step hands to the step's manager. Big-endian: a header (magic {@code NXSK},
 * format version, permutations), then per document a tag byte (1: a signature follows; 0:
 * a body without words, no signature), its body hash (8 bytes) and its signature
 * ({@code 4 × permutations} bytes), then a trailer (tag 0xFF and the number of
 * documents), so that a file cut short is told from a complete one.
 */
public final class SketchFile {

	private static final int MAGIC = 0x4e58534b; // NXSK

	private static final int VERSION = 1;

	private static final int WORDLESS = 0;

	private static final int SIGNATURE = 1;

	private static final int END = 0xff;

	private SketchFile() {
	}

	/** Writes sketches into a stream, closed with the writer. */
	public static final class Writer implements SketchConsumer, AutoCloseable {

		private final DataOutputStream out;

		private final int permutations;

		private final byte[] signatureBytes;

		private long documents;

		private boolean finished;

		public Writer(OutputStream out, int permutations) throws IOException {
			this.out = new DataOutputStream(new BufferedOutputStream(out, 256 * 1024));
			this.permutations = permutations;
			this.signatureBytes = new byte[4 * permutations];
			this.out.writeInt(MAGIC);
			this.out.writeInt(VERSION);
			this.out.writeInt(permutations);
		}

		@Override
		public void accept(Sketch sketch) throws IOException {
			int[] signature = sketch.signature();
			if (signature == null) {
				out.writeByte(WORDLESS);
				out.writeLong(sketch.bodyHash());
			}
			else {
				if (signature.length != permutations) {
					throw new IllegalArgumentException(
							"a signature of " + signature.length + " values, not " + permutations);
				}
				out.writeByte(SIGNATURE);
				out.writeLong(sketch.bodyHash());
				for (int i = 0, b = 0; i < permutations; i++) {
					int value = signature[i];
					signatureBytes[b++] = (byte) (value >>> 24);
					signatureBytes[b++] = (byte) (value >>> 16);
					signatureBytes[b++] = (byte) (value >>> 8);
					signatureBytes[b++] = (byte) value;
				}
				out.write(signatureBytes);
			}
			documents++;
		}

		/** The sketches written so far. */
		public long documents() {
			return documents;
		}

		/** Writes the trailer and closes the stream: the file is complete. */
		public void finish() throws IOException {
			out.writeByte(END);
			out.writeLong(documents);
			finished = true;
			out.close();
		}

		/**
		 * Closes the stream; without {@link #finish()} first, the file is incomplete and
		 * will not be read.
		 */
		@Override
		public void close() throws IOException {
			if (!finished) {
				out.close();
			}
		}

	}

	/**
	 * Reads the sketches of a stream into {@code consumer}, in the order they were
	 * written, then closes the stream; returns their number.
	 * @param permutations the signatures' length the reader expects
	 * @param name the file's name, for the error messages
	 * @throws IOException also when the file is not a complete sketch file of that many
	 * permutations
	 */
	public static long read(InputStream stream, int permutations, String name, SketchConsumer consumer)
			throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 256 * 1024))) {
			if (in.readInt() != MAGIC) {
				throw new IOException(name + " is not a sketch file");
			}
			int version = in.readInt();
			if (version != VERSION) {
				throw new IOException(name + " is a sketch file of version " + version + ", not " + VERSION);
			}
			int filePermutations = in.readInt();
			if (filePermutations != permutations) {
				throw new IOException(
						name + " holds signatures of " + filePermutations + " permutations, not " + permutations);
			}
			byte[] bytes = new byte[4 * permutations];
			long documents = 0;
			while (true) {
				int tag = in.readUnsignedByte();
				if (tag == END) {
					long written = in.readLong();
					if (written != documents || in.read() != -1) {
						throw new IOException(
								name + " is damaged: its trailer does not match its " + documents + " sketches");
					}
					return documents;
				}
				long bodyHash = in.readLong();
				if (tag == WORDLESS) {
					consumer.accept(new Sketch(null, bodyHash));
				}
				else if (tag == SIGNATURE) {
					in.readFully(bytes);
					int[] signature = new int[permutations];
					for (int i = 0, b = 0; i < permutations; i++, b += 4) {
						signature[i] = (bytes[b] & 0xff) << 24 | (bytes[b + 1] & 0xff) << 16
								| (bytes[b + 2] & 0xff) << 8 | (bytes[b + 3] & 0xff);
					}
					consumer.accept(new Sketch(signature, bodyHash));
				}
				else {
					throw new IOException(
							name + " is damaged: unknown tag " + tag + " after " + documents + " sketches");
				}
				documents++;
			}
		}
		catch (EOFException ex) {
			throw new IOException(name + " is cut short: it is not a complete sketch file", ex);
		}
	}

}
