package org.newsexport.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.hadoop.fs.permission.FsPermission;

/** The Hadoop file systems that the dataset writers write through. */
public final class OutputFileSystems {

	private static final URI LOCAL = URI.create("file:///");

	private OutputFileSystems() {
	}

	/**
	 * A configuration without Hadoop's default resources: parsing
	 * {@code core-default.xml} costs start-up time, and every key the writers read has a
	 * default in code.
	 */
	public static Configuration newConfiguration() {
		return new Configuration(false);
	}

	/**
	 * A new file system instance for the URI, owned by the caller, who closes it. Local
	 * paths (scheme {@code file} or none) get the raw local file system: the checksumming
	 * default one would write a {@code .crc} file beside every output file. It is made
	 * directly rather than through {@link FileSystem#newInstance}, which would first load
	 * every file system on the class path. Its permissions are set through
	 * {@code java.nio} ({@link NioPermissions}).
	 */
	public static FileSystem get(URI uri, Configuration conf) {
		try {
			String scheme = uri.getScheme();
			if (scheme == null || scheme.equals("file")) {
				RawLocalFileSystem local = new NioPermissions();
				local.initialize(LOCAL, conf);
				return local;
			}
			return FileSystem.newInstance(uri, conf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the file system of " + uri + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Checks, before a run starts, that the output root on a file system other than the
	 * local one can be used: its file system can be created (its connector is on the
	 * class path) and reached, and the root exists or can be made. Hadoop's clients retry
	 * a connection for minutes by default; this check turns the retries down, so an
	 * unreachable host answers in seconds. The run itself writes with the usual settings.
	 * @throws IOException saying why the output cannot be used
	 */
	public static void probe(URI uri) throws IOException {
		Configuration conf = new Configuration(newConfiguration());
		conf.setInt("ipc.client.connect.max.retries", 0);
		conf.setInt("ipc.client.connect.max.retries.on.timeouts", 0);
		conf.setInt("ipc.client.connect.timeout", 5_000);
		conf.setBoolean("dfs.client.retry.policy.enabled", false);
		conf.setInt("fs.s3a.attempts.maximum", 1);
		conf.setInt("fs.s3a.retry.limit", 1);
		conf.set("fs.s3a.connection.establish.timeout", "5s");
		conf.set("fs.s3a.connection.timeout", "10s");
		FileSystem fs;
		try {
			fs = get(uri, conf);
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof UnsupportedFileSystemException) {
				throw new IOException("no Hadoop file system for the scheme '" + uri.getScheme() + "' on the class path"
						+ connectorHint(uri.getScheme()));
			}
			throw ex.getCause();
		}
		catch (IllegalArgumentException ex) {
			throw new IOException(ex.getMessage(), ex); // e.g. an unknown host in the URI
		}
		try (fs) {
			Path root = new Path(uri);
			if (!fs.exists(root)) {
				fs.mkdirs(root);
			}
			else if (!fs.getFileStatus(root).isDirectory()) {
				throw new IOException("it is a file, not a directory");
			}
		}
	}

	private static String connectorHint(String scheme) {
		return switch (scheme) {
			case "s3a" -> " (the S3A connector, hadoop-aws, is not part of news-export)";
			case "abfs", "abfss" -> " (the Azure connector, hadoop-azure, is not part of news-export)";
			case "gs" -> " (the Google Cloud Storage connector is not part of news-export)";
			default -> "";
		};
	}

	/**
	 * The raw local file system, setting the permissions of what it creates (mode 644 or
	 * 755 after Hadoop's umask) through {@code java.nio}: without Hadoop's native
	 * library, {@link RawLocalFileSystem} forks a {@code chmod} process for every file
	 * and directory it creates, about ten milliseconds each.
	 */
	static final class NioPermissions extends RawLocalFileSystem {

		private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

		private static final PosixFilePermission[] BITS = { PosixFilePermission.OTHERS_EXECUTE,
				PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
				PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
				PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ };

		@Override
		public void setPermission(Path path, FsPermission permission) throws IOException {
			short mode = permission.toShort();
			if (!POSIX || (mode & ~0777) != 0) {
				// sticky bit, or not a POSIX file system: Hadoop's way
				super.setPermission(path, permission);
				return;
			}
			Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
			for (int bit = 0; bit < BITS.length; bit++) {
				if ((mode & (1 << bit)) != 0) {
					permissions.add(BITS[bit]);
				}
			}
			Files.setPosixFilePermissions(pathToFile(path).toPath(), permissions);
		}

	}

}
