package org.apparatus.system;

import java.time.format.DateTimeFormatter;

/**
 * The knowledge base cannot be read now: an initial load is running and only part of it
 * is in the store.
 */
public class KnowledgeBaseLoadingException extends IllegalStateException {

	private final KnowledgeBaseRevision.Load load;

	KnowledgeBaseLoadingException(KnowledgeBaseRevision.Load load) {
		super(describe(load));
		this.load = load;
	}

	/** The load that is running. */
	public KnowledgeBaseRevision.Load load() {
		return this.load;
	}

	/** The sentence that tells a person why the knowledge base cannot be read now. */
	public static String describe(KnowledgeBaseRevision.Load load) {
		return "a data set is being loaded into the empty store (" + load.source() + ", since "
				+ load.since().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx"))
				+ "): the knowledge base can be read when the load completes";
	}

}
