package dev.verdict.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the model families on the class path. */
public final class ModelFamilies {
  private ModelFamilies() {}

  /** Every family on the class path, classical first. */
  public static List<ModelFamily> discover() {
    List<ModelFamily> families = new ArrayList<>();
    ServiceLoader.load(ModelFamily.class).forEach(families::add);
    families.sort(Comparator.comparing(ModelFamily::family).thenComparing(ModelFamily::id));
    return List.copyOf(families);
  }
}
