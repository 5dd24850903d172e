package org.newsexport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An H2 job repository in a file, locked down before anything opens it: its folder is the
 * current user's and closed to others (0700), its files are 0600, and its password is a
 * random one kept in a 0600 file beside the database ({@code NAME.password}) instead of
 * H2's well-known empty one. A database made with the empty password is moved to a
 * generated one on first use.
 */
public final class H2JobRepository {

	/**
	 * Set before H2 starts, so that the auto-server (AUTO_SERVER=TRUE) listens on the
	 * loopback interface only.
	 */
	public static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";

	static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final String url;

	private final Path database;

	private H2JobRepository(String url, Path database) {
		this.url = url;
		this.database = database;
	}

	/**
	 * The repository of a JDBC URL, when it is an H2 database in a file
	 * ({@code jdbc:h2:file:PATH;...}, {@code jdbc:h2:PATH}, {@code jdbc:h2:~/PATH});
	 * {@code null} for any other database (in memory, over TCP, PostgreSQL, ...).
	 */
	public static H2JobRepository of(String url) {
		if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
			return null;
		}
		String name = url.substring(8);
		int settings = name.indexOf(';');
		if (settings >= 0) {
			name = name.substring(0, settings);
		}
		if (name.regionMatches(true, 0, "file:", 0, 5)) {
			name = name.substring(5);
		}
		else if (name.matches("(?i)[a-z]{2,}:.*")) {
			// mem:, tcp:, ssl:, zip:, nio:, ...: not a plain file, or not this machine's
			return null;
		}
		if (name.isEmpty()) {
			return null;
		}
		if (name.equals("~") || name.startsWith("~/") || name.startsWith("~\\")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return new H2JobRepository(url, Path.of(name).toAbsolutePath().normalize());
	}

	/** The folder that holds the database files. */
	public Path folder() {
		return database.getParent();
	}

	/** The file that holds the generated password. */
	public Path passwordFile() {
		return sibling(".password");
	}

	/**
	 * Loopback only for H2's servers, unless the user chose an address; a no-op once H2
	 * has read it.
	 */
	public static void bindToLoopback() {
		if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
			System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
		}
	}

	/**
	 * Creates the folder 0700 (and its missing parents), or checks that it is the current
	 * user's and that no one else can write to it, then closes it (0700) and its database
	 * files (0600) to others.
	 * @throws JobRepositoryAccessException when the folder belongs to another user or
	 * others can write to it
	 */
	public void secure() {
		Path folder = folder();
		try {
			if (!Files.isDirectory(folder)) {
				Files.createDirectories(folder);
				Files.setPosixFilePermissions(folder, FOLDER_MODE);
				return;
			}
			Set<PosixFilePermission> mode = Files.getPosixFilePermissions(folder);
			if (!ownedByCurrentUser(folder)) {
				throw new JobRepositoryAccessException("the job repository folder " + folder + " belongs to "
						+ Files.getOwner(folder).getName() + ", not to the current user (mode " + octal(mode)
						+ "): use a folder of your own (spring.datasource.url)");
			}
			if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
				throw new JobRepositoryAccessException("the job repository folder " + folder
						+ " is writable by other users (mode " + octal(mode) + "): make it yours alone (chmod 700 "
						+ folder + ") or choose another (spring.datasource.url)");
			}
			if (!mode.equals(FOLDER_MODE)) {
				Files.setPosixFilePermissions(folder, FOLDER_MODE);
			}
			closeFiles();
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): its ACLs are the user's business.
		}
		catch (IOException ex) {
			throw new JobRepositoryAccessException(
					"cannot prepare the job repository folder " + folder + ": " + ex.getMessage());
		}
	}

	/**
	 * Makes the database's files (NAME.*) 0600: H2 creates them with the umask's mode.
	 */
	private void closeFiles() throws IOException {
		Path folder = folder();
		String prefix = database.getFileName() + ".";
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
				file -> file.getFileName().toString().startsWith(prefix))) {
			for (Path file : files) {
				if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
						&& !Files.getPosixFilePermissions(file).equals(FILE_MODE)) {
					Files.setPosixFilePermissions(file, FILE_MODE);
				}
			}
		}
	}

	/**
	 * The password of the database: the generated one, made on first use. A database that
	 * exists without it was made with the empty password; it gets the generated one
	 * ({@code ALTER USER ... SET PASSWORD}) before it is used.
	 * @param user the user the job connects as
	 * @return what happened, and the password
	 */
	public Credentials credentials(String user) {
		Path file = passwordFile();
		if (Files.exists(file)) {
			return new Credentials(read(file), false);
		}
		if (!Files.exists(sibling(".mv.db"))) {
			String password = publish(write(sibling(".password.new"), generate()), file);
			create(user, password);
			return new Credentials(password, false);
		}
		// A database made before the generated password. The new one is written first, so
		// that a migration cut short is finished by the next start whatever step it
		// reached.
		Path pending = sibling(".password.new");
		String password = Files.exists(pending) ? read(pending) : read(write(pending, generate()));
		if (!IDENTIFIER.matcher(user).matches()) {
			throw new JobRepositoryAccessException("cannot give the job repository user '" + user
					+ "' a generated password: set spring.datasource.password");
		}
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("ALTER USER " + user.toUpperCase(Locale.ROOT) + " SET PASSWORD '" + password + "'");
		}
		catch (SQLException ex) {
			// Or a migration cut short after the ALTER USER: the pending password opens
			// it.
			if (!canConnect(user, password)) {
				throw new JobRepositoryAccessException("cannot open the job repository " + database
						+ " (it has no password file " + file.getFileName() + ", and the former default password "
						+ "does not open it): " + ex.getMessage().lines().findFirst().orElse("")
						+ "; set spring.datasource.password, or restore " + file);
			}
		}
		return new Credentials(publish(pending, file), true);
	}

	/**
	 * Makes a new database now, with the generated password, and closes its files to
	 * others (0600), so that they are not left with the umask's mode until the next
	 * start.
	 */
	private void create(String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			// created on opening
		}
		catch (SQLException ex) {
			throw new JobRepositoryAccessException("cannot create the job repository " + database + ": "
					+ ex.getMessage().lines().findFirst().orElse(""));
		}
		try {
			closeFiles();
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): its ACLs are the user's business.
		}
		catch (IOException ex) {
			throw new JobRepositoryAccessException("cannot close the job repository files in " + folder() + " to "
					+ "other users: " + ex.getMessage());
		}
	}

	private boolean canConnect(String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private Path sibling(String suffix) {
		return database.resolveSibling(database.getFileName() + suffix);
	}

	/** 32 random bytes in hex: nothing to quote in SQL or in a file. */
	private static String generate() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Writes a password into a new 0600 file, through a file of its own, so that it is
	 * never seen half written.
	 */
	private static Path write(Path file, String password) {
		try {
			Path temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp",
					PosixFilePermissions.asFileAttribute(FILE_MODE));
			Files.writeString(temporary, password + "\n", StandardCharsets.US_ASCII);
			try {
				// fails if another process got there first: its password wins
				Files.createLink(file, temporary);
			}
			catch (FileAlreadyExistsException ex) {
				// read below
			}
			finally {
				Files.delete(temporary);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Moves the written password in place, unless another process did; returns the
	 * password in place.
	 */
	private static String publish(Path written, Path file) {
		try {
			String password = read(written);
			if (!Files.exists(file)) {
				Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
			}
			else {
				Files.deleteIfExists(written);
			}
			return Files.exists(file) ? read(file) : password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new JobRepositoryAccessException(
					"cannot read the job repository password " + file + ": " + ex.getMessage());
		}
	}

	private static boolean ownedByCurrentUser(Path folder) throws IOException {
		Path self = Path.of("/proc/self");
		if (Files.exists(self)) {
			return Files.getAttribute(folder, "unix:uid").equals(Files.getAttribute(self, "unix:uid"));
		}
		return Files.getOwner(folder).getName().equals(System.getProperty("user.name"));
	}

	/** "0775". */
	static String octal(Set<PosixFilePermission> mode) {
		int bits = 0;
		for (PosixFilePermission permission : mode) {
			bits |= 1 << (8 - permission.ordinal());
		}
		return String.format("0%o", bits);
	}

	/**
	 * @param password the password the job connects with
	 * @param migrated whether the database was moved from the empty password to this one
	 * just now
	 */
	public record Credentials(String password, boolean migrated) {
	}

}
