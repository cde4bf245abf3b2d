package dev.verdict.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result verdict(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = VerdictCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
