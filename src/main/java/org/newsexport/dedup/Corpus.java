package org.newsexport.dedup;

import java.io.IOException;

/**
 * The documents to search for duplicates, which can be read more than once, in the same
 * order each time.
 */
@FunctionalInterface
public interface Corpus {

	void forEach(DocumentVisitor visitor) throws IOException;

	/** Takes one document of a {@link Corpus}. */
	@FunctionalInterface
	interface DocumentVisitor {

		void visit(String docId, String body) throws IOException;

	}

}
