package org.newsexport.job;

/** Another live execution is already writing to the same output. */
public class ExportAlreadyRunningException extends RuntimeException {

	public ExportAlreadyRunningException(String message) {
		super(message);
	}

}
