package org.newsexport.write;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The part files of one dataset writer in its folder: {@code PREFIX-00000.EXT} once
 * sealed, {@code .PREFIX-00000.EXT.inprogress} while written. Files named otherwise are
 * not the writer's, and left alone.
 */
final class PartFiles {

	private final Path dir;

	private final String prefix;

	private final String extension;

	private final Pattern partName;

	private final Pattern inProgressName;

	/**
	 * @param prefix the start of the part names, e.g. {@code part}
	 * @param extension the end of the part names, without the dot, e.g. {@code csv}
	 */
	PartFiles(Path dir, String prefix, String extension) {
		this.dir = dir;
		this.prefix = prefix;
		this.extension = extension;
		this.partName = Pattern.compile(Pattern.quote(prefix) + "-(\\d{1,9})\\." + Pattern.quote(extension));
		this.inProgressName = Pattern.compile("\\." + partName.pattern() + "\\.inprogress");
	}

	/** The name of the sealed part {@code index}. */
	String name(int index) {
		return String.format("%s-%05d.%s", prefix, index, extension);
	}

	/** The index of the sealed part {@code name}, or -1 if it is not named like one. */
	int index(String name) {
		Matcher part = partName.matcher(name);
		return part.matches() ? Integer.parseInt(part.group(1)) : -1;
	}

	/** Where the part {@code index} is written until it is sealed. */
	Path inProgress(int index) {
		return new Path(dir, "." + name(index) + ".inprogress");
	}

	/**
	 * Takes the folder back to {@code sealedParts} sealed parts: deletes the parts in
	 * progress and those sealed after that state was recorded, and checks the sealed
	 * parts are all there. No part is opened.
	 * @param sealedRows the rows of those parts, only checked here
	 * @param dataset the dataset's name, for the error
	 * @throws IOException where the folder cannot be listed or a file deleted
	 * @throws IllegalStateException where a sealed part is missing
	 */
	void restore(FileSystem fs, int sealedParts, long sealedRows, String dataset) throws IOException {
		if (sealedParts < 0 || sealedRows < 0) {
			throw new IllegalArgumentException(
					"Sealed parts and rows cannot be negative: " + sealedParts + ", " + sealedRows);
		}
		Set<String> kept = new HashSet<>();
		try {
			fs.mkdirs(dir);
			for (FileStatus status : fs.listStatus(dir)) {
				String name = status.getPath().getName();
				if (inProgressName.matcher(name).matches() || index(name) >= sealedParts) {
					fs.delete(status.getPath(), false);
				}
				else {
					kept.add(name);
				}
			}
		}
		catch (IOException ex) {
			throw new IOException("Could not restore the parts in " + dir + ": " + ex.getMessage(), ex);
		}
		for (int i = 0; i < sealedParts; i++) {
			if (!kept.contains(name(i))) {
				throw new IllegalStateException("Sealed part " + new Path(dir, name(i)) + " of dataset " + dataset
						+ " is missing; the output was changed since the last run, so start a new export");
			}
		}
	}

}
