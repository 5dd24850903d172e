package org.newsexport.dedup;

import java.io.IOException;

import org.newsexport.dedup.DuplicateIndex.Sketch;

/**
 * The sketches of a corpus' documents, in the corpus' order: computed on the fly
 * ({@link DuplicateFinder#sketch}) or read back from {@link SketchFile}s written earlier,
 * e.g. by the partitions of a job, one after the other.
 */
@FunctionalInterface
public interface SketchSource {

	/** Gives every sketch to {@code consumer}, in document order. */
	void forEach(SketchConsumer consumer) throws IOException;

	/** Takes the sketches of a {@link SketchSource}, one by one. */
	@FunctionalInterface
	interface SketchConsumer {

		void accept(Sketch sketch) throws IOException;

	}

}
