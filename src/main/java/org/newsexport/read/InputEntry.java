package org.newsexport.read;

import java.nio.file.Path;

/**
 * A {@code .txt} entry found under the input root.
 *
 * @param relativePath the path relative to the input root, '/'-separated: the sort key
 * and the resume key
 * @param symbolicLink the entry is a link, which the job reports instead of following
 */
public record InputEntry(Path path, String relativePath, boolean symbolicLink) {
}
