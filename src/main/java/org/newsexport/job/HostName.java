package org.newsexport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host name, without a DNS lookup (which can stall start-up for seconds on a badly
 * configured machine).
 */
final class HostName {

	private HostName() {
	}

	static String get() {
		String name = System.getenv("HOSTNAME");
		if (name != null && !name.isBlank()) {
			return name.trim();
		}
		try {
			return Files.readString(Path.of("/etc/hostname")).trim();
		}
		catch (IOException | RuntimeException ex) {
			return System.getenv().getOrDefault("COMPUTERNAME", "localhost");
		}
	}

}
