package org.newsexport.dedup;

import java.io.IOException;

/** Takes the rows of the duplicates found, in order. */
@FunctionalInterface
public interface DuplicateSink {

	void accept(Duplicate duplicate) throws IOException;

}
