package org.newsexport;

import org.newsexport.cli.Main;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that wires the export job; started by {@link org.newsexport.cli.Main}. */
@SpringBootApplication
public class NewsExportApplication {

	/** Only for the build's ahead-of-time processing of the context: the command line starts at {@link Main}. */
	public static void main(String[] args) {
		Main.application().run(args);
	}

}
