package dev.verdict.model;

import java.time.Duration;

/** A point in time (monotonic clock) by which work must stop. */
public final class Deadline {
  private final long nanos;

  private Deadline(long nanos) {
    this.nanos = nanos;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline in(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos());
  }

  /** A deadline that never passes. */
  public static Deadline none() {
    return new Deadline(Long.MAX_VALUE);
  }

  public boolean passed() {
    return nanos != Long.MAX_VALUE && System.nanoTime() - nanos >= 0;
  }

  /** Seconds left, never negative; infinite for {@link #none()}. */
  public double secondsLeft() {
    if (nanos == Long.MAX_VALUE) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(0, (nanos - System.nanoTime()) / 1e9);
  }

  /** The earlier of this deadline and one {@code seconds} from now. */
  public Deadline atMost(double seconds) {
    if (Double.isInfinite(seconds)) {
      return this;
    }
    long other = System.nanoTime() + (long) (seconds * 1e9);
    return nanos == Long.MAX_VALUE || other - nanos < 0 ? new Deadline(other) : this;
  }
}
