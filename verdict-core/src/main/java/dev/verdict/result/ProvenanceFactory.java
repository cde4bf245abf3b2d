package dev.verdict.result;

import dev.verdict.model.ModelFamily;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Gathers the provenance facts about this build, this machine and the libraries in use. */
public final class ProvenanceFactory {
  private static final Properties BUILD = loadBuild();

  private ProvenanceFactory() {}

  /** Verdict's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return BUILD.getProperty("version", "unknown");
  }

  /** The git revision Verdict was built from, with {@code -dirty} when uncommitted changes were built. */
  public static String gitRevision() {
    String rev = BUILD.getProperty("git.revision", "");
    if (rev.isBlank() || rev.startsWith("${")) {
      return "unknown";
    }
    return "true".equals(BUILD.getProperty("git.dirty")) ? rev + "-dirty" : rev;
  }

  public static Provenance create(List<ModelFamily> families, String dataFile, String sha256, long seed,
      Map<String, String> options, Instant startedAt) {
    Map<String, String> libraries = new TreeMap<>();
    libraries.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    for (ModelFamily f : families) {
      libraries.putAll(f.libraryVersions());
    }
    return new Provenance("verdict", version(), gitRevision(),
        System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(),
        libraries, dataFile, sha256, seed, new TreeMap<>(options),
        startedAt.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /**
   * The version of the library that holds {@code anchor}: from its Maven {@code pom.properties}
   * when the jar has one, else from its manifest, else {@code unknown}. Families use this to report
   * their libraries.
   */
  public static String artifactVersion(Class<?> anchor, String groupId, String artifactId) {
    String path = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    try (InputStream in = anchor.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall back to the manifest
    }
    Package pkg = anchor.getPackage();
    String v = pkg == null ? null : pkg.getImplementationVersion();
    if (v == null && pkg != null) {
      v = pkg.getSpecificationVersion();
    }
    return v == null ? "unknown" : v;
  }

  private static Properties loadBuild() {
    Properties p = new Properties();
    try (InputStream in = ProvenanceFactory.class.getResourceAsStream("/dev/verdict/build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no build facts: reported as unknown
    }
    return p;
  }
}
