package org.newsexport.cli;

import java.io.PrintStream;

/** Lets tests of other packages run the command line in process, with extra Spring properties. */
public final class MainAccess {

	private MainAccess() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err, String... extraSpringArguments) {
		return Main.run(args, out, err, extraSpringArguments);
	}

}
