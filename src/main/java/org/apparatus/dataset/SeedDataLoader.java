package org.apparatus.dataset;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apparatus.audit.Attribution;
import org.apparatus.system.ApparatusProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the seed data set ({@code apparatus.seed}, by default the province shipped in the
 * jar) when the application starts on an empty store, so that a newcomer has something to
 * look at.
 */
@Component
class SeedDataLoader implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(SeedDataLoader.class);

	private final DataSetService dataSets;

	private final ApparatusProperties properties;

	SeedDataLoader(DataSetService dataSets, ApparatusProperties properties) {
		this.dataSets = dataSets;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String seed = this.properties.seed();
		if (seed.isBlank() || !this.dataSets.isEmpty()) {
			return;
		}
		ImportResult result;
		try {
			result = this.dataSets.importFrom(DataSetSource.location(seed), ImportProgress.NONE,
					Attribution.commandLine("seed data set (apparatus.seed) loaded into the empty store"));
		}
		catch (InvalidDataSetException ex) {
			ex.problems().forEach(problem -> logger.error("seed data set: " + problem));
			throw ex;
		}
		logger.info(String.format(
				"Loaded the seed data set %s into the empty store: %,d agencies, %,d functions, "
						+ "%,d mandates, %,d responsibilities in %.1f s",
				seed, result.rows().get(DataSetFile.AGENCIES), result.rows().get(DataSetFile.FUNCTIONS),
				result.rows().get(DataSetFile.MANDATES), result.responsibilities(), result.took().toMillis() / 1000.0));
	}

}
