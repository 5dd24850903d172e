package org.newsexport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --config FILE} option, which every command takes anywhere on its command
 * line: a user's settings file (YAML, or {@code .properties}), read after
 * {@code config/application.yml} and {@code ./config/application.yml}, so its settings
 * win over theirs; environment variables and command-line options win over it (it is
 * Spring Boot's {@code spring.config.additional-location}). It is taken off the command
 * line before the command is parsed.
 *
 * @param args the command line without {@code --config FILE}
 * @param file the settings file, absolute; null without {@code --config}
 */
record SettingsFile(String[] args, Path file) {

	static final String OPTION = "--config";

	/**
	 * @throws UsageException when {@code --config} has no value, or names no file
	 */
	static SettingsFile parse(String... args) {
		List<String> rest = new ArrayList<>();
		String file = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals(OPTION)) {
				if (i + 1 >= args.length) {
					throw new UsageException("option '" + OPTION + "' needs a value");
				}
				file = args[++i];
			}
			else if (args[i].startsWith(OPTION + "=")) {
				file = args[i].substring(OPTION.length() + 1);
			}
			else {
				rest.add(args[i]);
			}
		}
		Path path = null;
		if (file != null) {
			path = Path.of(file).toAbsolutePath().normalize();
			if (!Files.isRegularFile(path)) {
				throw new UsageException("settings file not found: " + path);
			}
		}
		return new SettingsFile(rest.toArray(String[]::new), path);
	}

	/** The Spring Boot argument that reads the file; none without one. */
	String[] springArguments() {
		return file == null ? new String[0] : new String[] { "--spring.config.additional-location=file:" + file };
	}

}
