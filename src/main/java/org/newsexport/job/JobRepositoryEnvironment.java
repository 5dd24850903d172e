package org.newsexport.job;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Locks down an H2 job repository before anything opens it (see {@link H2JobRepository}),
 * in every command that starts Spring ({@code run}, {@code executions}, {@code show},
 * {@code stop}, ...). It runs once the configuration is read and logging set up, before
 * any bean exists: it needs no bean of its own, so it holds with the context prepared
 * ahead of time, and a refusal is reported in one line like any start-up failure. When
 * {@code spring.datasource.password} is not set, the job connects as {@code sa} (unless
 * {@code spring.datasource.username} says otherwise) with the generated password. A
 * database other than an H2 file, or a password set by the user, is left as it is.
 */
public class JobRepositoryEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String URL = "spring.datasource.url";

	static final String USERNAME = "spring.datasource.username";

	static final String PASSWORD = "spring.datasource.password";

	private static final Log log = LogFactory.getLog(JobRepositoryEnvironment.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (Boolean.getBoolean("spring.aot.processing")) {
			return; // the build preparing the context ahead of time: no database is
					// opened
		}
		ConfigurableEnvironment environment = context.getEnvironment();
		H2JobRepository repository = H2JobRepository.of(environment.getProperty(URL));
		if (repository == null) {
			return;
		}
		H2JobRepository.bindToLoopback();
		repository.secure();
		Map<String, Object> properties = new HashMap<>();
		String user = environment.getProperty(USERNAME);
		if (user == null) {
			user = "sa";
			properties.put(USERNAME, user);
		}
		if (!environment.containsProperty(PASSWORD)) {
			H2JobRepository.Credentials credentials = repository.credentials(user);
			if (credentials.migrated()) {
				log.info("The job repository " + repository.folder() + " had the former default password; it now has "
						+ "a generated one, in " + repository.passwordFile());
			}
			properties.put(PASSWORD, credentials.password());
		}
		environment.getPropertySources().addLast(new MapPropertySource("news-export job repository", properties));
	}

}
