package dev.verdict.cli;

import dev.verdict.result.ModelResult;
import dev.verdict.result.ModelStatus;
import dev.verdict.run.RunListener;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Run progress on stderr: on a terminal, one progress bar over the models' folds; when
 * stderr is not a terminal (a pipe, a log file, a test), one plain line per event.
 */
abstract class ConsoleProgress implements RunListener, AutoCloseable {
  protected final PrintWriter err;
  protected final long start = System.nanoTime();

  ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  static ConsoleProgress create(PrintWriter err, boolean quiet) {
    if (quiet) {
      return new Silent(err);
    }
    return interactive() ? new Bars(err) : new Lines(err);
  }

  /** True when the console is a terminal (Java 22+ reports a console even when output is redirected). */
  static boolean interactive() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // Java 21: a console exists only on a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  protected String elapsed() {
    return String.format(Locale.ROOT, "[%6.1f s]", (System.nanoTime() - start) / 1e9);
  }

  @Override
  public void stage(String message) {
    err.println(elapsed() + " " + message);
    err.flush();
  }

  @Override
  public void warning(String message) {
    err.println(elapsed() + " warning: " + message);
    err.flush();
  }

  @Override
  public void modelFinished(ModelResult result) {
    if (result.status() != ModelStatus.COMPLETE && !result.note().isEmpty()) {
      err.println(elapsed() + " " + result.id() + ": " + result.note());
      err.flush();
    }
  }

  @Override
  public void close() {}

  /** Prints nothing. */
  private static final class Silent extends ConsoleProgress {
    Silent(PrintWriter err) {
      super(err);
    }

    @Override
    public void stage(String message) {}

    @Override
    public void warning(String message) {}

    @Override
    public void modelFinished(ModelResult result) {}
  }

  /** One line per event. */
  private static final class Lines extends ConsoleProgress {
    Lines(PrintWriter err) {
      super(err);
    }

    @Override
    public void modelStarted(String id, String name, int folds, double shareSeconds) {
      err.println(String.format(Locale.ROOT, "%s %s: %s, %d folds, share %.0f s", elapsed(), id, name, folds, shareSeconds));
      err.flush();
    }

    @Override
    public void foldFinished(String id, int fold, int folds, double seconds) {
      err.println(String.format(Locale.ROOT, "%s %s: fold %d/%d done in %.2f s", elapsed(), id, fold + 1, folds, seconds));
      err.flush();
    }
  }

  /**
   * One progress bar over every model's folds, naming the models being fitted (families may be
   * fitted side by side); messages are printed above it.
   */
  private static final class Bars extends ConsoleProgress {
    private final Set<String> running = new LinkedHashSet<>();
    private ProgressBar bar;

    Bars(PrintWriter err) {
      super(err);
    }

    @Override
    public void modelStarted(String id, String name, int folds, double shareSeconds) {
      if (bar == null) {
        bar = new ProgressBarBuilder()
            .setTaskName("fitting")
            .setInitialMax(folds)
            .setUnit(" folds", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .continuousUpdate()
            .hideEta()
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
      } else {
        bar.maxHint(bar.getMax() + folds);
      }
      running.add(id);
      bar.setExtraMessage(String.join(", ", running));
    }

    @Override
    public void foldFinished(String id, int fold, int folds, double seconds) {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void modelFinished(ModelResult result) {
      running.remove(result.id());
      if (bar != null) {
        bar.setExtraMessage(String.join(", ", running));
      }
      if (result.status() != ModelStatus.COMPLETE && !result.note().isEmpty()) {
        clearLine();
      }
      super.modelFinished(result);
    }

    @Override
    public void stage(String message) {
      clearLine();
      super.stage(message);
    }

    @Override
    public void warning(String message) {
      clearLine();
      super.warning(message);
    }

    /** Erases the bar's line so a message printed over it reads cleanly; the bar redraws below. */
    private void clearLine() {
      if (bar != null) {
        err.print("\r" + " ".repeat(100) + "\r");
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
