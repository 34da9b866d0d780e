package org.apparatus.system;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON documents the tool writes for other tools (analyses, scenario evaluations,
 * reports): records written by one Jackson mapper, indented, keys in the records'
 * component order so that the same input gives the same bytes on every run.
 */
public final class JsonDocuments {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonDocuments() {
	}

	public static String pretty(Object document) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
	}

}
