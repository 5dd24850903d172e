package org.newsexport;

import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The Spring Boot application that wires the export job. The command line (the
 * {@code cli} package) starts it with {@link #builder()} once it has parsed its
 * arguments; this package depends on no other of the project's.
 */
@SpringBootApplication
public class NewsExportApplication {

	/**
	 * Only for the build's ahead-of-time processing of the context: the command line
	 * starts the context itself.
	 */
	public static void main(String[] args) {
		builder().run(args);
	}

	/**
	 * The application as every command starts it: no banner, no web server, no job run at
	 * start.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(NewsExportApplication.class).main(NewsExportApplication.class)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.web(WebApplicationType.NONE)
			// Main closes the context once the command is done; a hook would close it
			// under a run that a signal is stopping (see SignalStop).
			.registerShutdownHook(false)
			.properties(Map.of("spring.batch.job.enabled", "false"));
	}

}
