package dev.verdict.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shipped sample tables from any module's working folder. */
public final class Samples {
  private Samples() {}

  public static Path path(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("samples").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("sample " + name + " not found above " + Path.of("").toAbsolutePath());
  }
}
