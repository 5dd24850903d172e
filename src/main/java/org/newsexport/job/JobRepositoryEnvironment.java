package org.newsexport.job;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Locks down an H2 job repository before anything opens it (see {@link H2JobRepository}), in every command that
 * starts Spring ({@code run}, {@code executions}, {@code show}, {@code stop}, ...): it runs once the configuration is
 * read and before any bean exists, so it needs no bean of its own and holds with the context prepared ahead of time.
 * When {@code spring.datasource.password} is not set, the job connects with the generated password. A database other
 * than an H2 file, or a password set by the user, is left as it is.
 */
public class JobRepositoryEnvironment implements EnvironmentPostProcessor {

	static final String URL = "spring.datasource.url";

	static final String USERNAME = "spring.datasource.username";

	static final String PASSWORD = "spring.datasource.password";

	private final Log log;

	public JobRepositoryEnvironment(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(JobRepositoryEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (Boolean.getBoolean("spring.aot.processing")) {
			return; // the build preparing the context ahead of time: no database is opened
		}
		H2JobRepository repository = H2JobRepository.of(environment.getProperty(URL));
		if (repository == null) {
			return;
		}
		H2JobRepository.bindToLoopback();
		repository.secure();
		if (environment.containsProperty(PASSWORD)) {
			return;
		}
		String user = environment.getProperty(USERNAME, "sa");
		H2JobRepository.Credentials credentials = repository.credentials(user);
		if (credentials.migrated()) {
			log.info("The job repository " + repository.folder() + " was opened with the former default password; "
					+ "it now has a generated one, in " + repository.passwordFile());
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put(USERNAME, user);
		properties.put(PASSWORD, credentials.password());
		environment.getPropertySources().addLast(new MapPropertySource("news-export job repository", properties));
	}

}
