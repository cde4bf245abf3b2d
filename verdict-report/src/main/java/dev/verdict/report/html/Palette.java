package dev.verdict.report.html;

import java.awt.Color;
import java.util.Locale;

/** One colour per family, the same in every chart and table of the report. */
final class Palette {
  static final Color CLASSICAL = new Color(0x2563EB);
  static final Color DEEP = new Color(0xEA580C);
  static final Color OTHER = new Color(0x6B7280);
  static final Color INK = new Color(0x1F2937);
  static final Color MUTED = new Color(0x4B5563);
  static final Color GRID = new Color(0xE5E7EB);

  private Palette() {}

  /** The colour of {@code classical}, {@code deep}, or grey for anything else (the baseline). */
  static Color of(String family) {
    return switch (family == null ? "" : family) {
      case "classical" -> CLASSICAL;
      case "deep" -> DEEP;
      default -> OTHER;
    };
  }

  /** The colour with an alpha in [0, 1]. */
  static Color alpha(Color c, double alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
  }

  /** {@code #rrggbb}. */
  static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  /** {@code rgba(r,g,b,a)} for CSS. */
  static String rgba(Color c, double alpha) {
    return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  /** The CSS custom properties the style sheet uses for the families. */
  static String cssVariables() {
    return ":root{--classical:" + hex(CLASSICAL) + ";--deep:" + hex(DEEP) + ";--other:" + hex(OTHER) + ";--ink:"
        + hex(INK) + ";--muted:" + hex(MUTED) + ";--grid:" + hex(GRID) + "}\n";
  }
}
