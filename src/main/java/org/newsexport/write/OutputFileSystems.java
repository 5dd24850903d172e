package org.newsexport.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;

/** The Hadoop file systems that the dataset writers write through. */
public final class OutputFileSystems {

	private static final URI LOCAL = URI.create("file:///");

	private OutputFileSystems() {
	}

	/**
	 * A configuration without Hadoop's default resources: parsing {@code core-default.xml} costs start-up time, and
	 * every key the writers read has a default in code.
	 */
	public static Configuration newConfiguration() {
		return new Configuration(false);
	}

	/**
	 * A new file system instance for the URI, owned by the caller, who closes it. Local paths (scheme {@code file} or
	 * none) get the raw local file system: the checksumming default one would write a {@code .crc} file beside every
	 * output file. It is made directly rather than through {@link FileSystem#newInstance}, which would first load every
	 * file system on the class path.
	 */
	public static FileSystem get(URI uri, Configuration conf) {
		try {
			String scheme = uri.getScheme();
			if (scheme == null || scheme.equals("file")) {
				RawLocalFileSystem local = new RawLocalFileSystem();
				local.initialize(LOCAL, conf);
				return local;
			}
			return FileSystem.newInstance(uri, conf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the file system of " + uri + ": " + ex.getMessage(), ex);
		}
	}

}
