package org.apparatus.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Where a data set's files are read from: a folder, or any Spring resource location such
 * as {@code classpath:seed-data/} (how the seed data set travels inside the jar).
 */
public interface DataSetSource {

	/** The file's content, or null when the data set does not have this file. */
	@Nullable InputStream open(DataSetFile file) throws IOException;

	String describe();

	static DataSetSource folder(Path folder) {
		return new DataSetSource() {
			@Override
			public @Nullable InputStream open(DataSetFile file) throws IOException {
				Path path = folder.resolve(file.fileName());
				return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
			}

			@Override
			public String describe() {
				return folder.toString();
			}
		};
	}

	static DataSetSource location(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		var loader = new DefaultResourceLoader();
		return new DataSetSource() {
			@Override
			public @Nullable InputStream open(DataSetFile file) throws IOException {
				Resource resource = loader.getResource(base + file.fileName());
				return resource.exists() ? resource.getInputStream() : null;
			}

			@Override
			public String describe() {
				return location;
			}
		};
	}

}
