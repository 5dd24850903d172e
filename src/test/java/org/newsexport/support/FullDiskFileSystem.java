package org.newsexport.support;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * A local file system under the scheme {@code fullfs:} whose disk fills up: once
 * {@link #setFreeBytes} bytes have been written, every write fails as a full disk does.
 * Found by Hadoop through {@code META-INF/services}, so an output such as
 * {@code fullfs:///tmp/out} makes the job write through it.
 */
public class FullDiskFileSystem extends RawLocalFileSystem {

	private static final AtomicLong freeBytes = new AtomicLong(Long.MAX_VALUE);

	public static void setFreeBytes(long bytes) {
		freeBytes.set(bytes);
	}

	@Override
	public String getScheme() {
		return "fullfs";
	}

	@Override
	public URI getUri() {
		return URI.create("fullfs:///");
	}

	@Override
	protected OutputStream createOutputStreamWithMode(Path f, boolean append, FsPermission permission)
			throws IOException {
		return new FilterOutputStream(super.createOutputStreamWithMode(f, append, permission)) {
			@Override
			public void write(int b) throws IOException {
				take(1);
				out.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				take(len);
				out.write(b, off, len);
			}
		};
	}

	private static void take(long bytes) throws IOException {
		if (freeBytes.addAndGet(-bytes) < 0) {
			freeBytes.addAndGet(bytes);
			throw new IOException("No space left on device");
		}
	}

}
