package org.newsexport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of news-export: from the build information the build writes into the
 * classes ({@code META-INF/build-info.properties}, so it is there for tests too), else
 * from the jar's manifest.
 */
final class Version {

	private Version() {
	}

	static String get() {
		try (InputStream in = Version.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in != null) {
				Properties buildInfo = new Properties();
				buildInfo.load(in);
				String version = buildInfo.getProperty("build.version");
				if (version != null) {
					return version;
				}
			}
		}
		catch (IOException ex) {
			// fall back to the manifest
		}
		String version = Version.class.getPackage().getImplementationVersion();
		return version != null ? version : "unknown";
	}

}
