package org.apparatus.api;

import java.util.List;

/**
 * The costly fields a module answers ({@link CostlyField}): a bean of each module that
 * has such fields, read by {@link QueryCost}.
 */
public interface CostlyFields {

	List<CostlyField> costlyFields();

}
