package org.newsexport.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * A local file system under the scheme {@code faultfs:} that fails to create the next
 * file whose path contains a given string ({@link #failNextCreate}), once, as an output
 * that breaks for a moment does. Found by Hadoop through {@code META-INF/services}, so an
 * output such as {@code faultfs:///tmp/out} makes the job write through it.
 */
public class FaultyFileSystem extends RawLocalFileSystem {

	private static final AtomicReference<String> failing = new AtomicReference<>();

	/**
	 * The next file created whose path contains {@code part} fails; {@code null}: none
	 * does.
	 */
	public static void failNextCreate(String part) {
		failing.set(part);
	}

	@Override
	public String getScheme() {
		return "faultfs";
	}

	@Override
	public URI getUri() {
		return URI.create("faultfs:///");
	}

	@Override
	protected OutputStream createOutputStreamWithMode(Path f, boolean append, FsPermission permission)
			throws IOException {
		String part = failing.get();
		if (part != null && f.toString().contains(part) && failing.compareAndSet(part, null)) {
			throw new IOException("Input/output error (injected)");
		}
		return super.createOutputStreamWithMode(f, append, permission);
	}

}
