package org.newsexport.job;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a local output directory, held for the whole run. Two
 * processes that start the same export at the same moment cannot both pass the job
 * repository's checks; the lock makes sure only one of them runs. The OS releases it when
 * the process dies, so a crashed run never blocks the next one. Outputs on other file
 * systems rely on the job repository alone.
 */
public final class OutputLock implements AutoCloseable {

	static final String FILE_NAME = ".news-export.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private OutputLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	public static OutputLock acquire(URI output) throws IOException {
		if (!"file".equals(output.getScheme())) {
			return new OutputLock(null, null);
		}
		Path dir = Path.of(output);
		Files.createDirectories(dir);
		FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new ExportAlreadyRunningException(
					"another news-export process is writing to " + dir + " (it holds " + FILE_NAME + ")");
		}
		return new OutputLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		if (channel != null) {
			lock.release();
			channel.close();
		}
	}

}
