package dev.verdict.cli;

import dev.verdict.BadInputException;
import dev.verdict.eval.Metric;
import dev.verdict.run.Budgets;
import java.time.Duration;
import picocli.CommandLine;

/** Converters from option text to values; a bad value is a usage error (exit 2). */
final class Converters {
  private Converters() {}

  static final class BudgetConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Budgets.parse(value);
      } catch (BadInputException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class MetricConverter implements CommandLine.ITypeConverter<Metric> {
    @Override
    public Metric convert(String value) {
      try {
        return Metric.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
