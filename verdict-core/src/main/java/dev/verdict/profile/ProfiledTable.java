package dev.verdict.profile;

import dev.verdict.data.Table;
import dev.verdict.data.TypedColumn;
import dev.verdict.prep.FeatureTable;
import java.util.List;

/**
 * A table with its typed columns, its profile, and the modelling view derived from them.
 *
 * @param table the raw table
 * @param columns every column typed, in file order
 * @param profile the profile
 * @param features the feature columns and target, rows without a target dropped
 */
public record ProfiledTable(Table table, List<TypedColumn> columns, DataProfile profile, FeatureTable features) {}
