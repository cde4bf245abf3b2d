package dev.verdict.cli;

/** The {@code verdict} entry point: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(VerdictCommand.newCommandLine().execute(args));
  }
}
