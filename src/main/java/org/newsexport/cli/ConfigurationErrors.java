package org.newsexport.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.newsexport.job.ExportProperties;
import org.newsexport.job.FailureMessages;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Says in one line what is wrong with the configuration when Spring cannot start: an
 * unknown {@code export.*} property (with the nearest known one), a value of the wrong
 * type (with the property, the value and where it was set), or else the innermost cause's
 * message.
 */
final class ConfigurationErrors {

	/**
	 * The properties under {@code export.}, in the kebab case that the configuration
	 * files use.
	 */
	static final List<String> EXPORT_PROPERTIES = Arrays.stream(ExportProperties.class.getRecordComponents())
		.map(component -> "export." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase())
		.toList();

	private ConfigurationErrors() {
	}

	static String describe(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnboundConfigurationPropertiesException unbound) {
				return unbound.getUnboundProperties()
					.stream()
					.sorted(Comparator.comparing(ConfigurationProperty::getName))
					.map(property -> "unknown property " + property.getName()
							+ parenthesis(where(property.getOrigin()), suggestion(property.getName().toString())))
					.collect(Collectors.joining("; "));
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException bind && bind.getProperty() != null
					&& hasCause(bind, ConversionException.class)) {
				ConfigurationProperty property = bind.getProperty();
				Class<?> type = bind.getTarget().getType().resolve(Object.class);
				return "invalid " + property.getName() + " '" + property.getValue() + "'"
						+ parenthesis(where(property.getOrigin())) + ": expected " + expected(type, bind);
			}
		}
		return FailureMessages.rootMessage(ex);
	}

	private static String expected(Class<?> type, Throwable ex) {
		if (type == DataSize.class) {
			return "a size such as 128MB";
		}
		if (type == Duration.class) {
			return "a duration such as 10s";
		}
		if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
			return "a whole number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		return "a " + type.getSimpleName() + " (" + FailureMessages.rootMessage(ex) + ")";
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/** " (a; b)" of the parts that are not empty, or nothing. */
	private static String parenthesis(String... parts) {
		String text = Arrays.stream(parts).filter(part -> !part.isEmpty()).collect(Collectors.joining("; "));
		return text.isEmpty() ? "" : " (" + text + ")";
	}

	/**
	 * Where a property was set, when it was set in a file: "config/application.yml, line
	 * 8".
	 */
	private static String where(Origin origin) {
		for (Origin candidate = origin; candidate != null; candidate = candidate.getParent()) {
			if (candidate instanceof PropertySourceOrigin source && source.getOrigin() != candidate) {
				String where = where(source.getOrigin());
				if (!where.isEmpty()) {
					return where;
				}
			}
			if (candidate instanceof TextResourceOrigin text && text.getResource() != null) {
				String location = text.getLocation() != null ? ", line " + (text.getLocation().getLine() + 1) : "";
				return file(text.getResource()) + location;
			}
		}
		return "";
	}

	private static String file(Resource resource) {
		try {
			return resource.isFile() ? resource.getFile().toString() : resource.getDescription();
		}
		catch (IOException ex) {
			return resource.getDescription();
		}
	}

	/** The known property nearest to a misspelt one, if it is near enough to be meant. */
	static String suggestion(String name) {
		String nearest = null;
		int best = Integer.MAX_VALUE;
		for (String known : EXPORT_PROPERTIES) {
			int distance = distance(name, known);
			if (distance < best) {
				best = distance;
				nearest = known;
			}
		}
		return nearest != null && best <= Math.max(2, nearest.length() / 4) ? "did you mean " + nearest + "?" : "";
	}

	/** The Levenshtein distance. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
