package dev.verdict.report.html;

import dev.verdict.compare.FamilyVerdict;
import dev.verdict.curve.Crossover;
import dev.verdict.curve.CurvePoint;
import dev.verdict.curve.Extrapolation;
import dev.verdict.curve.FamilyCurve;
import dev.verdict.curve.LearningCurves;
import dev.verdict.curve.PowerLaw;
import dev.verdict.eval.Metric;
import dev.verdict.result.FoldScore;
import dev.verdict.result.ModelResult;
import dev.verdict.result.RunResult;
import dev.verdict.result.WinnerDiagnostics;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LevelRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The report's charts, built with JFreeChart from the result alone (drawn to SVG by {@link Svg}). */
final class Charts {
  static {
    // the charts only measure text and draw into SVG: never open a window or a display connection
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** The page's content width: the SVG scales down from it on narrow screens. */
  static final int WIDTH = 900;

  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final Stroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
      new float[] {7f, 5f}, 0f);
  private static final Stroke DOTTED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
      new float[] {2f, 3f}, 0f);
  /** Points of the fitted power law drawn per curve. */
  private static final int FIT_POINTS = 80;

  private Charts() {}

  /** A chart and the size it is drawn at. */
  record Chart(JFreeChart jfree, int width, int height) {}

  /**
   * The verdict's difference (deep − classical, higher = deep better) with its 95 % confidence
   * interval, on an axis centred on 0.
   */
  static Chart verdictInterval(FamilyVerdict v) {
    Color colour = switch (v.outcome()) {
      case DEEP -> Palette.DEEP;
      case CLASSICAL -> Palette.CLASSICAL;
      case NO_SIGNIFICANT_DIFFERENCE -> Palette.INK;
    };
    XIntervalSeries series = new XIntervalSeries("deep − classical");
    series.add(v.difference(), v.lower(), v.upper(), 0);
    XIntervalSeriesCollection data = new XIntervalSeriesCollection();
    data.addSeries(series);

    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawYError(false);
    renderer.setErrorPaint(colour);
    renderer.setErrorStroke(new BasicStroke(3f));
    renderer.setCapLength(14);
    renderer.setSeriesPaint(0, colour);
    renderer.setSeriesShape(0, circle(13));
    renderer.setDefaultLinesVisible(false);

    double span = 1.3 * Math.max(Math.max(Math.abs(v.lower()), Math.abs(v.upper())), 1e-6);
    NumberAxis x = valueAxis(Metric.parse(v.metric()).label() + ": deep − classical (right of 0: deep learning better)");
    x.setRange(-span, span);
    NumberAxis y = new NumberAxis();
    y.setRange(-1, 1);
    y.setVisible(false);

    XYPlot plot = xyPlot(data, x, y, renderer);
    plot.setRangeGridlinesVisible(false);
    plot.addDomainMarker(new ValueMarker(0, Palette.INK, new BasicStroke(1.5f)), Layer.BACKGROUND);
    plot.addAnnotation(note("← classical ML better", -0.98 * span, 0.72, TextAnchor.CENTER_LEFT, Palette.CLASSICAL));
    plot.addAnnotation(note("deep learning better →", 0.98 * span, 0.72, TextAnchor.CENTER_RIGHT, Palette.DEEP));
    return new Chart(chart(plot, false), WIDTH, 150);
  }

  /**
   * Both families' learning curves: the mean score ± sd against training rows on a log axis,
   * markers at the measured sizes, the fitted power law dashed out to 10× the data with the
   * bootstrap band of its predictions, the data's size and the crossover.
   */
  static Chart learningCurves(LearningCurves curves) {
    Metric metric = Metric.parse(curves.metric());
    double smallest = curves.families().stream().flatMap(f -> f.points().stream()).mapToDouble(CurvePoint::rows)
        .min().orElse(1);
    double measuredLargest = curves.families().stream().flatMap(f -> f.points().stream()).mapToDouble(CurvePoint::rows)
        .max().orElse(1);
    boolean extrapolated = curves.families().stream().anyMatch(FamilyCurve::extrapolated);
    // out to 10× the data when a curve is extrapolated, else just past the data's size
    double largest = extrapolated ? 10.0 * curves.dataRows() : Math.max(measuredLargest, curves.dataRows()) * 1.1;

    YIntervalSeriesCollection predicted = new YIntervalSeriesCollection();
    DeviationRenderer predictedRenderer = new DeviationRenderer(false, true);
    XYSeriesCollection fits = new XYSeriesCollection();
    XYLineAndShapeRenderer fitRenderer = new XYLineAndShapeRenderer(true, false);
    YIntervalSeriesCollection measured = new YIntervalSeriesCollection();
    DeviationRenderer measuredRenderer = new DeviationRenderer(true, true);
    predictedRenderer.setAlpha(0.14f);
    measuredRenderer.setAlpha(0.2f);

    for (FamilyCurve f : curves.families()) {
      Color colour = Palette.of(f.family());
      YIntervalSeries points = new YIntervalSeries(f.family() + " · " + f.model() + ": mean ± sd");
      for (CurvePoint p : f.points()) {
        if (p.measured() > 0) {
          points.add(p.rows(), p.mean(), clamp(p.mean() - p.std(), metric), clamp(p.mean() + p.std(), metric));
        }
      }
      int m = measured.getSeriesCount();
      measured.addSeries(points);
      measuredRenderer.setSeriesPaint(m, colour);
      measuredRenderer.setSeriesFillPaint(m, colour);
      measuredRenderer.setSeriesStroke(m, LINE);
      measuredRenderer.setSeriesShape(m, circle(8));
      if (!f.extrapolated()) {
        continue;
      }
      XYSeries fit = new XYSeries(f.family() + ": power-law fit", false, true);
      for (int i = 0; i <= FIT_POINTS; i++) {
        double n = smallest * Math.pow(largest / smallest, i / (double) FIT_POINTS);
        fit.add(n, score(f.fit(), n, curves.higherIsBetter()));
      }
      int k = fits.getSeriesCount();
      fits.addSeries(fit);
      fitRenderer.setSeriesPaint(k, colour);
      fitRenderer.setSeriesStroke(k, DASHED);
      if (!f.extrapolations().isEmpty()) {
        YIntervalSeries band = new YIntervalSeries(f.family() + ": predicted, 95 % band");
        for (Extrapolation e : f.extrapolations()) {
          band.add(e.rows(), e.score(), clamp(e.low(), metric), clamp(e.high(), metric));
        }
        int b = predicted.getSeriesCount();
        predicted.addSeries(band);
        predictedRenderer.setSeriesPaint(b, colour);
        predictedRenderer.setSeriesFillPaint(b, colour);
        predictedRenderer.setSeriesShape(b, diamond(9));
        predictedRenderer.setSeriesShapesFilled(b, false);
        predictedRenderer.setSeriesStroke(b, new BasicStroke(1.5f));
        predictedRenderer.setSeriesVisibleInLegend(b, false);
      }
    }

    LogAxis x = new RowsAxis("training rows (log scale)");
    x.setRange(smallest / 1.25, largest * 1.25);
    NumberAxis y = valueAxis(metric.label() + (metric.higherIsBetter() ? " (higher is better)" : " (lower is better)"));
    // datasets in legend order; drawn in reverse, so the measured points end on top
    XYPlot plot = xyPlot(measured, x, y, measuredRenderer);
    plot.setDataset(1, fits);
    plot.setRenderer(1, fitRenderer);
    plot.setDataset(2, predicted);
    plot.setRenderer(2, predictedRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);

    plot.addDomainMarker(labelled(new ValueMarker(curves.dataRows(), Palette.MUTED, DOTTED),
        String.format(Locale.ROOT, "all data: %,d rows", curves.dataRows()), Palette.MUTED), Layer.BACKGROUND);
    Crossover crossover = curves.crossover();
    if (crossover != null && crossover.status() == Crossover.Status.CROSSES && crossover.rows() != null) {
      if (crossover.low() != null) {
        double high = crossover.high() == null ? largest * 1.25 : crossover.high();
        plot.addDomainMarker(new IntervalMarker(crossover.low(), high, Palette.alpha(Palette.DEEP, 0.07)), Layer.BACKGROUND);
      }
      ValueMarker at = new ValueMarker(crossover.rows(), Palette.DEEP, new BasicStroke(1.2f));
      plot.addDomainMarker(labelled(at, String.format(Locale.ROOT, "crossover ≈ %,d rows", crossover.rows()), Palette.DEEP),
          Layer.BACKGROUND);
    }
    return new Chart(chart(plot, true), WIDTH, 440);
  }

  /**
   * The primary metric of every model with fold scores (the baseline left out), ranked as in the
   * leaderboard: one dot per fold and a bar at the mean, coloured by family.
   */
  static Chart modelScores(RunResult r) {
    Metric metric = Metric.parse(r.primaryMetric());
    List<ModelResult> shown = r.models().stream().filter(m -> !m.baseline() && !foldScores(m, r).isEmpty()).toList();
    DefaultMultiValueCategoryDataset folds = new DefaultMultiValueCategoryDataset();
    DefaultCategoryDataset means = new DefaultCategoryDataset();
    for (ModelResult m : shown) {
      folds.add(foldScores(m, r), "fold score", m.id());
      double mean = m.meanOf(r.primaryMetric());
      means.addValue(Double.isNaN(mean) ? null : mean, "mean", m.id());
    }
    ScatterRenderer dots = new ScatterRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return Palette.alpha(Palette.of(shown.get(column).family()), 0.55);
      }
    };
    dots.setSeriesShape(0, circle(7));
    dots.setUseSeriesOffset(false);
    dots.setDrawOutlines(false);
    LevelRenderer bars = new LevelRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return Palette.of(shown.get(column).family());
      }
    };
    bars.setSeriesStroke(0, new BasicStroke(3.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    bars.setItemMargin(0.35);

    CategoryAxis models = new CategoryAxis();
    models.setTickLabelFont(LABEL_FONT);
    models.setTickLabelPaint(Palette.INK);
    models.setAxisLineVisible(false);
    models.setTickMarksVisible(false);
    models.setCategoryMargin(0.25);
    NumberAxis value = valueAxis(metric.label() + (metric.higherIsBetter() ? " (higher is better)" : " (lower is better)"));
    CategoryPlot plot = new CategoryPlot(means, models, value, bars);
    plot.setDataset(1, folds);
    plot.setRenderer(1, dots);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    style(plot);
    LegendItemCollection legend = new LegendItemCollection();
    shown.stream().map(ModelResult::family).distinct().forEach(f -> legend.add(new LegendItem(f, Palette.of(f))));
    plot.setFixedLegendItems(legend);
    return new Chart(chart(plot, true), WIDTH, 90 + 34 * shown.size());
  }

  /** Mean primary metric against fit seconds (log axis), one labelled point per ranked model but the baseline. */
  static Chart scoreVersusTime(RunResult r) {
    Metric metric = Metric.parse(r.primaryMetric());
    Map<String, XYSeries> byFamily = new LinkedHashMap<>();
    Map<String, List<String>> labels = new LinkedHashMap<>();
    double fastest = Double.MAX_VALUE;
    double slowest = 0;
    for (ModelResult m : r.models()) {
      double mean = m.meanOf(r.primaryMetric());
      if (m.baseline() || !m.status().ranked() || Double.isNaN(mean)) {
        continue;
      }
      String family = m.family();
      double seconds = Math.max(m.fitSeconds(), 0.001);
      byFamily.computeIfAbsent(family, f -> new XYSeries(f, false, true)).add(seconds, mean);
      labels.computeIfAbsent(family, f -> new ArrayList<>()).add(m.id());
      fastest = Math.min(fastest, seconds);
      slowest = Math.max(slowest, seconds);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    List<List<String>> ids = new ArrayList<>();
    for (var e : byFamily.entrySet()) {
      int s = data.getSeriesCount();
      data.addSeries(e.getValue());
      ids.add(labels.get(e.getKey()));
      renderer.setSeriesPaint(s, Palette.of(e.getKey()));
      renderer.setSeriesShape(s, circle(10));
    }
    renderer.setDefaultItemLabelGenerator((dataset, series, item) -> ids.get(series).get(item));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TICK_FONT);
    renderer.setDefaultItemLabelPaint(Palette.INK);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, 0));
    renderer.setItemLabelInsets(new RectangleInsets(4, 4, 4, 4));
    LogAxis x = new RowsAxis("fit seconds over all folds (log scale)");
    if (fastest <= slowest) {
      x.setRange(fastest / 1.6, slowest * 3);
    }
    NumberAxis y = valueAxis(metric.label() + (metric.higherIsBetter() ? " (higher is better)" : " (lower is better)"));
    XYPlot plot = xyPlot(data, x, y, renderer);
    plot.setDomainGridlinesVisible(true);
    return new Chart(chart(plot, true), WIDTH, 420);
  }

  /** Residuals (actual − predicted) against the predicted value, for a regression's recommended model. */
  static Chart residuals(WinnerDiagnostics d, String family, String target) {
    XYSeries points = new XYSeries("residual", false, true);
    for (double[] ap : d.actualPredicted()) {
      points.add(ap[1], ap[0] - ap[1]);
    }
    XYSeriesCollection data = new XYSeriesCollection(points);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, Palette.alpha(Palette.of(family), 0.5));
    renderer.setSeriesShape(0, circle(6));
    NumberAxis x = valueAxis("predicted " + target);
    NumberAxis y = valueAxis("residual: actual − predicted");
    XYPlot plot = xyPlot(data, x, y, renderer);
    plot.addRangeMarker(new ValueMarker(0, Palette.INK, new BasicStroke(1.2f)), Layer.BACKGROUND);
    return new Chart(chart(plot, false), WIDTH, 400);
  }

  /** The model's primary-metric score on each fold it was scored on. */
  static List<Double> foldScores(ModelResult m, RunResult r) {
    return m.folds().stream().map(FoldScore::metrics).filter(Objects::nonNull)
        .map(metrics -> metrics.get(r.primaryMetric())).filter(Objects::nonNull).filter(v -> !v.isNaN()).toList();
  }

  /**
   * A band's end within the metric's range (a score ± sd can pass 1 for accuracy, or 0 for RMSE):
   * every metric but R² is at least 0, and those where higher is better are at most 1.
   */
  static double clamp(double v, Metric metric) {
    double low = metric == Metric.R2 ? Double.NEGATIVE_INFINITY : 0;
    double high = metric.higherIsBetter() ? 1 : Double.POSITIVE_INFINITY;
    return Math.max(low, Math.min(high, v));
  }

  /** The score the fitted power law predicts at {@code n} rows. */
  static double score(PowerLaw law, double n, boolean higherIsBetter) {
    double error = law.error(n);
    return higherIsBetter ? 1 - error : error;
  }

  private static XYPlot xyPlot(XYDataset data, ValueAxis x, ValueAxis y, XYItemRenderer renderer) {
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setDomainGridlinePaint(Palette.GRID);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    style(plot);
    return plot;
  }

  private static void style(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(8, 4, 4, 16));
  }

  private static NumberAxis valueAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(false);
    styleAxis(axis);
    return axis;
  }

  private static void styleAxis(ValueAxis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(Palette.MUTED);
    axis.setTickLabelFont(TICK_FONT);
    axis.setTickLabelPaint(Palette.MUTED);
    axis.setAxisLinePaint(Palette.GRID);
    axis.setTickMarkPaint(Palette.GRID);
  }

  private static JFreeChart chart(Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(4, 4, 4, 4));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    LegendTitle title = chart.getLegend();
    if (title != null) {
      title.setFrame(BlockBorder.NONE);
      title.setItemFont(TICK_FONT);
      title.setItemPaint(Palette.INK);
      title.setPosition(RectangleEdge.BOTTOM);
      title.setBackgroundPaint(Color.WHITE);
    }
    return chart;
  }

  private static Marker labelled(Marker marker, String label, Color colour) {
    marker.setLabel(label);
    marker.setLabelFont(NOTE_FONT);
    marker.setLabelPaint(colour);
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    return marker;
  }

  private static XYTextAnnotation note(String text, double x, double y, TextAnchor anchor, Color colour) {
    XYTextAnnotation a = new XYTextAnnotation(text, x, y);
    a.setFont(LABEL_FONT);
    a.setPaint(colour);
    a.setTextAnchor(anchor);
    return a;
  }

  private static Shape circle(double size) {
    return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
  }

  private static Shape diamond(double size) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -size / 2);
    p.lineTo(size / 2, 0);
    p.lineTo(0, size / 2);
    p.lineTo(-size / 2, 0);
    p.closePath();
    return p;
  }

  /**
   * A log axis with ticks at 1, 2 and 5 × 10^k (more over a decade or less, fewer over wide ranges),
   * labelled as plain numbers (1,000 not 10^3).
   */
  static final class RowsAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    RowsAxis(String label) {
      super(label);
      setBase(10);
      setSmallestValue(1e-4);
      styleAxis(this);
      setMinorTickMarksVisible(false);
    }

    @Override
    protected List<NumberTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
      List<NumberTick> ticks = new ArrayList<>();
      double lower = getLowerBound();
      double upper = getUpperBound();
      double decades = Math.log10(upper / lower);
      double[] steps = decades > 4 ? new double[] {1} : decades > 2.5 ? new double[] {1, 3}
          : decades > 1.2 ? new double[] {1, 2, 5} : new double[] {1, 1.5, 2, 3, 5, 7};
      for (int k = (int) Math.floor(Math.log10(lower)); k <= (int) Math.ceil(Math.log10(upper)); k++) {
        for (double step : steps) {
          double v = step * Math.pow(10, k);
          if (v >= lower && v <= upper) {
            ticks.add(new NumberTick(TickType.MAJOR, v, label(v), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
          }
        }
      }
      return ticks;
    }

    private static String label(double v) {
      DecimalFormat f = v >= 1 ? new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))
          : new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
      return f.format(v);
    }
  }
}
