package dev.verdict.cli;

/** The exit codes of {@code verdict}. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** A software error (a bug, or a broken environment). */
  public static final int SOFTWARE = 1;
  /** Bad usage or bad input: the message says what to fix. */
  public static final int BAD_INPUT = 2;
  /** Interrupted (Ctrl-C). */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
