package dev.verdict.result;

import java.util.Map;

/**
 * Where a result came from: enough to re-run it and to know what produced it.
 *
 * @param tool always {@code verdict}
 * @param version Verdict's version
 * @param gitRevision the source revision Verdict was built from ({@code unknown} outside a checkout)
 * @param java JVM vendor and version
 * @param os operating system name and version
 * @param arch CPU architecture
 * @param cpus available processors
 * @param libraries library → version, of every model family on the class path
 * @param dataFile the data file as given
 * @param dataSha256 SHA-256 of the data file's bytes
 * @param seed the run's seed
 * @param options every run option, as text
 * @param startedAt ISO-8601 start time (UTC)
 */
public record Provenance(
    String tool,
    String version,
    String gitRevision,
    String java,
    String os,
    String arch,
    int cpus,
    Map<String, String> libraries,
    String dataFile,
    String dataSha256,
    long seed,
    Map<String, String> options,
    String startedAt) {}
