package dev.verdict;

/**
 * Input that Verdict cannot work with: a missing or malformed file, an unknown column, an option
 * value out of range, a budget too small. The message is one line for people: it names the file,
 * line or column and says what to do. The command line maps it to exit code 2.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
