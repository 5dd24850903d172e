package org.newsexport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that wires the export job; started by {@link org.newsexport.cli.Main}. */
@SpringBootApplication
public class NewsExportApplication {

}
