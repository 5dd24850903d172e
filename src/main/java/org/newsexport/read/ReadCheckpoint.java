package org.newsexport.read;

/**
 * Where reading resumes after a restart. The writer advances it only when the rows of
 * every file up to that point are durable (sealed part files), and saves it with its own
 * state, so that a restart reads again exactly the files whose rows were not yet sealed:
 * none lost, none doubled.
 */
public class ReadCheckpoint {

	private String resumeAfter;

	private boolean inputExhausted;

	/**
	 * The relative path of the last file whose rows are sealed, or {@code null} to start
	 * at the beginning.
	 */
	public String resumeAfter() {
		return resumeAfter;
	}

	public void resumeAfter(String relativePath) {
		this.resumeAfter = relativePath;
	}

	/**
	 * Set by the reader when it has handed out its last file, so the writer seals at the
	 * end of that chunk.
	 */
	public boolean inputExhausted() {
		return inputExhausted;
	}

	public void markInputExhausted() {
		this.inputExhausted = true;
	}

}
