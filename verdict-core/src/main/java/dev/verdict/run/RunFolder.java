package dev.verdict.run;

import dev.verdict.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run folder that appears whole or not at all: files are written into a hidden sibling folder,
 * which is renamed into place on {@link #commit()}. If the run fails or the JVM is interrupted
 * (Ctrl-C), the hidden folder is deleted and nothing is left behind.
 */
public final class RunFolder implements AutoCloseable {
  private final Path target;
  private final boolean replace;
  private final Path staging;
  private final Thread cleanup;
  private boolean done;

  private RunFolder(Path target, boolean replace, Path staging) {
    this.target = target;
    this.replace = replace;
    this.staging = staging;
    this.cleanup = new Thread(this::discard, "verdict-run-folder-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * Checks that {@code target} may be written (it must not exist unless {@code replace}) and
   * prepares the staging folder beside it.
   */
  public static RunFolder prepare(Path target, boolean replace) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !replace) {
      throw new BadInputException(target + " already exists; choose another --out, or pass --force to replace it");
    }
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new BadInputException(target + " exists and is not a folder; choose another --out");
    }
    try {
      Path parent = absolute.getParent();
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
      return new RunFolder(absolute, replace, staging);
    } catch (IOException e) {
      throw new BadInputException("cannot create the run folder next to " + target + " (" + e.getMessage() + ")", e);
    }
  }

  /** Where to write the run's files until {@link #commit()}. */
  public Path staging() {
    return staging;
  }

  /** The final location. */
  public Path target() {
    return target;
  }

  /** Moves the finished folder into place, replacing an existing one when allowed. */
  public synchronized Path commit() {
    if (done) {
      throw new IllegalStateException("run folder already committed or discarded");
    }
    try {
      Path old = null;
      if (replace && Files.exists(target)) {
        old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
        Files.move(target, old);
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      } catch (FileAlreadyExistsException e) {
        throw new BadInputException(target + " appeared while the run was in progress; the results were not written");
      }
      if (old != null) {
        deleteTree(old);
      }
      done = true;
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the run folder into " + target, e);
    } finally {
      removeHook();
    }
  }

  /** Deletes the staging folder unless the run was committed. */
  @Override
  public void close() {
    discard();
    removeHook();
  }

  private synchronized void discard() {
    if (!done) {
      done = true;
      deleteTree(staging);
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs (or ran) anyway
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // best effort
        }
      });
    } catch (IOException e) {
      // best effort
    }
  }
}
