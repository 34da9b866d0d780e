package org.apparatus.generator;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apparatus.dataset.DataSetFile;
import org.apparatus.generator.Row.ResponsibilityRow;

/**
 * Writes a synthetic data set of any size, deterministic for a seed. The apparatus it
 * describes is clean by construction ({@link ProvinceBuilder}: every required task led
 * exactly once in every unit of its level, leads only on tasks, one administrative
 * superior each, every mandate in force, no inspector of its own work), and then one
 * problem of each analysis rule is planted in every province ({@link Planter}) and listed
 * in {@value #PLANTED_FILE}, so that an analysis must find exactly those.
 *
 * <p>
 * At 34 provinces (the national scale of 2025) it has about 32,000 agencies and 1.3
 * million responsibilities. All codes start with a province code such as {@code P01}; all
 * mandates have obviously synthetic numbers ({@code GEN-…}).
 */
public final class SyntheticDataSetGenerator {

	public static final String PLANTED_FILE = "planted-problems.csv";

	/**
	 * One planter per rule, in planting order. The order is part of the output: every
	 * planter draws from the run's one random sequence, and the answer key lists problems
	 * as they are planted.
	 */
	static final List<Planter> PLANTERS = List.of(new DuplicatePlanter(), new OverlapNestedPlanter(),
			new OverlapVerticalPlanter(), new GapPlanter(), new NoLeadPlanter(), new UnfoundedPlanter(),
			new InactiveHolderPlanter(), new IdleAgencyPlanter(), new OrphanAgencyPlanter(),
			new ReportingCyclePlanter(), new MultipleSuperiorsPlanter(), new SelfInspectionPlanter(),
			new MergerCandidatePlanter());

	private SyntheticDataSetGenerator() {
	}

	/** Writes the data set and {@value #PLANTED_FILE} into {@code folder}. */
	public static GeneratedDataSet generate(int provinces, long seed, Path folder) {
		if (provinces < 1 || provinces > 99) {
			throw new IllegalArgumentException("provinces must be between 1 and 99, not " + provinces);
		}
		var random = new Random(seed);
		var key = new AnswerKey();
		Set<String> responsibilities = new HashSet<>();
		Map<DataSetFile, Long> written;
		try (var rows = new RowWriter(folder)) {
			var tree = FunctionTree.write(random, rows);
			var builder = new ProvinceBuilder(random, tree, rows);
			for (int p = 1; p <= provinces; p++) {
				Province province = builder.build(String.format("P%02d", p), p);
				for (Planter planter : PLANTERS) {
					planter.plant(province, tree, key);
				}
				for (Unit unit : province.units()) {
					for (ResponsibilityRow row : unit.responsibilities()) {
						rows.write(row);
						responsibilities.add(row.key());
					}
				}
			}
			written = rows.counts();
		}
		List<PlantedProblem> planted = key.problems();
		try (var out = new PlantedProblemsFile(folder.resolve(PLANTED_FILE))) {
			planted.forEach(out::write);
		}
		return new GeneratedDataSet(written, responsibilities.size(), planted);
	}

}
