package org.apparatus.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apparatus.registry.AgencyKind;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analysis (docs/rules.md).
 *
 * @param asOf the default analysis date; empty means today
 * @param mergerThreshold the lowest MERGER_CANDIDATE score reported
 * @param rootKinds kinds of agency that are roots of the system when they serve a top
 * admin unit
 * @param rulesDir a folder of extra rule files, read after the built-in
 * {@code cypher/rules/}
 * @param ruleTimeout longest one rule's query may run (its own transaction)
 * @param cacheSize how many parameter sets (days, thresholds) the analysis keeps the
 * findings of, the least recently asked for dropped first
 * @param cacheAge how long findings are kept at most
 */
@ConfigurationProperties("apparatus.analysis")
public record AnalysisProperties(@Nullable LocalDate asOf, @DefaultValue("0.4") double mergerThreshold, @DefaultValue( {
		"PARTY_COMMITTEE", "PEOPLES_COUNCIL" }) List<AgencyKind> rootKinds, @Nullable Path rulesDir,
		@DefaultValue("5m") Duration ruleTimeout, @DefaultValue("32") int cacheSize,
		@DefaultValue("1h") Duration cacheAge){

	RuleParameters parameters() {
		return new RuleParameters(this.asOf == null ? LocalDate.now() : this.asOf, this.mergerThreshold,
				this.rootKinds);
	}

}
