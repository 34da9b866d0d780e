package org.apparatus.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apparatus.dataset.DataSetFile;

/**
 * Writes a synthetic data set of any size, deterministic for a seed. The apparatus it
 * describes is clean by construction ({@link ProvinceBuilder}: every required task led
 * exactly once in every unit of its level, leads only on tasks, one administrative
 * superior each, every mandate in force, no inspector of its own work), and then one
 * problem of each analysis rule is planted in every province ({@link Planter}) and listed
 * in {@value #PLANTED_FILE}, so that an analysis as of {@link #ANSWER_KEY_DAY} must find
 * exactly those. Every province then goes through the 2025 reform ({@link Reform}):
 * department mergers on {@link #MERGER_DAY} and the end of the district level on
 * {@link #DISTRICT_END}, written as periods and as change events ({@code changes.csv}).
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

	/** The day the answer key holds on: the last day before the reform. */
	public static final LocalDate ANSWER_KEY_DAY = Reform.ANSWER_KEY_DAY;

	/** The day of the department mergers. */
	public static final LocalDate MERGER_DAY = Reform.MERGER_DAY;

	/** The first day without the district level. */
	public static final LocalDate DISTRICT_END = Reform.DISTRICT_END;

	/**
	 * Writes the data set with its reform ({@link Reform}: periods and
	 * {@code changes.csv}) and {@value #PLANTED_FILE} into {@code folder}.
	 */
	public static GeneratedDataSet generate(int provinces, long seed, Path folder) {
		return generate(provinces, seed, folder, true);
	}

	/**
	 * Writes the data set and {@value #PLANTED_FILE} into {@code folder}; without
	 * {@code reform}, every row holds on every day and {@code changes.csv} has no row:
	 * the apparatus of {@link #ANSWER_KEY_DAY}, as the generator wrote it before it had
	 * periods (benchmarks compare the two).
	 */
	public static GeneratedDataSet generate(int provinces, long seed, Path folder, boolean reform) {
		if (provinces < 1 || provinces > 99) {
			throw new IllegalArgumentException("provinces must be between 1 and 99, not " + provinces);
		}
		var random = new Random(seed);
		var key = new AnswerKey();
		long responsibilities;
		Map<DataSetFile, Long> written;
		List<ChangeEventRow> events = new ArrayList<>();
		try (var rows = new RowWriter(folder)) {
			var tree = FunctionTree.write(random, rows, reform);
			if (reform) {
				Reform.writeMandates(rows);
			}
			var builder = new ProvinceBuilder(random, tree);
			for (int p = 1; p <= provinces; p++) {
				Province province = builder.build(String.format("P%02d", p), p);
				for (Planter planter : PLANTERS) {
					planter.plant(province, tree, key);
				}
				if (reform) {
					Reform.apply(province, seed, rows, events);
				}
				else {
					province.rows().forEach(rows::write);
					province.units().forEach(unit -> unit.responsibilities().forEach(rows::write));
				}
			}
			written = rows.counts();
			responsibilities = rows.responsibilities();
		}
		if (reform) {
			ChangesFile.write(folder, events);
		}
		List<PlantedProblem> planted = key.problems();
		try (var out = new PlantedProblemsFile(folder.resolve(PLANTED_FILE))) {
			planted.forEach(out::write);
		}
		return new GeneratedDataSet(written, responsibilities, planted, events.size());
	}

}
