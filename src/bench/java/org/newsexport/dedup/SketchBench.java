package org.newsexport.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.newsexport.article.SourceItem;
import org.newsexport.article.SourceText;
import org.newsexport.dedup.DuplicateIndex.Sketch;
import org.newsexport.read.InputFileReader;
import org.newsexport.read.ReadCheckpoint;

/**
 * Development tool, not a test: the per-document part of the duplicates step alone
 * ({@link Sketcher}, with the default parameters) on one thread, over the texts of every
 * file of {@code DIR} as read (not cleaned), {@code ROUNDS} times, printing per round the
 * thread's CPU time and a hash of every sketch (signature and body hash), which a change
 * meant to make sketching faster must leave as it was. Also the shingle sets of the
 * second pass ({@link Shingler#shingle}), timed apart. Usage:
 * {@code bench/run.sh SketchBench DIR [ROUNDS]}.
 */
public final class SketchBench {

	private SketchBench() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		List<String> texts = new ArrayList<>();
		InputFileReader reader = new InputFileReader(dir, new ReadCheckpoint(), 10_000_000);
		for (SourceItem item = reader.read(); item != null; item = reader.read()) {
			if (item instanceof SourceText text) {
				texts.add(text.text());
			}
		}
		Sketcher sketcher = new Sketcher(MinHashParameters.DEFAULTS);
		Shingler shingler = new Shingler(MinHashParameters.DEFAULTS.shingleSize());
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= rounds; round++) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * MinHashParameters.DEFAULTS.permutations());
			long cpu = threads.getCurrentThreadCpuTime();
			for (String text : texts) {
				Sketch sketch = sketcher.sketch(text);
				buffer.clear();
				buffer.putLong(sketch.bodyHash());
				if (sketch.signature() != null) {
					for (int value : sketch.signature()) {
						buffer.putInt(value);
					}
				}
				digest.update(buffer.flip());
			}
			double sketching = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			cpu = threads.getCurrentThreadCpuTime();
			for (String text : texts) {
				Shingles shingles = shingler.shingle(text);
				buffer.clear();
				long sum = shingles.tokenCount();
				for (long hash : shingles.hashes()) {
					// cheap beside the shingling: a digest of each hash would not be
					sum = sum * 31 + hash;
				}
				buffer.putLong(shingles.bodyHash()).putLong(sum);
				digest.update(buffer.flip());
			}
			System.out.printf("round %d: sketch cpu %.2f s, shingle cpu %.2f s, output %s%n", round, sketching,
					(threads.getCurrentThreadCpuTime() - cpu) / 1e9,
					HexFormat.of().formatHex(digest.digest()).substring(0, 16));
		}
	}

}
