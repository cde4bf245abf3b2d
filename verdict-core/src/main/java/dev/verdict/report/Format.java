package dev.verdict.report;

import java.util.Locale;

/** Number formats shared by the renderings. */
public final class Format {
  private Format() {}

  /** A metric value with 3 or 4 significant decimals (RMSE-sized values with fewer). */
  public static String metric(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** A data value with at most 4 significant digits and no trailing zeros: 17, 0.078, 2.42, 1.2e+06. */
  public static String number(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    if (a >= 1e6 || a < 1e-4) {
      return String.format(Locale.ROOT, "%.3g", v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }

  public static String seconds(double s) {
    if (s < 0.01) {
      return String.format(Locale.ROOT, "%.3f", s);
    }
    if (s < 10) {
      return String.format(Locale.ROOT, "%.2f", s);
    }
    return String.format(Locale.ROOT, "%.1f", s);
  }

  public static String micros(Double us) {
    if (us == null) {
      return "–";
    }
    return us < 10 ? String.format(Locale.ROOT, "%.1f", us) : String.format(Locale.ROOT, "%.0f", us);
  }

  public static String bytes(Long b) {
    if (b == null) {
      return "–";
    }
    if (b < 1024) {
      return b + " B";
    }
    if (b < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", b / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", b / (1024.0 * 1024));
  }

  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
