package dev.verdict.deep;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.nio.file.Path;

/**
 * The one place where the deep-learning engine is set up: offline mode (native libraries come from
 * the Maven artifacts on the class path, never from a download), a fixed cache folder so the native
 * extraction happens once, intra-op threads, the seed, and the device (a CUDA GPU when the engine
 * finds one, else the CPU).
 */
final class DeepRuntime {
  private static boolean configured;

  private DeepRuntime() {}

  /** Sets the engine's system properties; call before the engine first loads. */
  static synchronized void configure(int threads) {
    if (!configured) {
      System.setProperty("ai.djl.offline", "true");
      System.setProperty("OPT_OUT_TRACKING", "true"); // no telemetry from DJL
      if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
        String home = System.getenv("VERDICT_HOME");
        Path base = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".verdict");
        System.setProperty("DJL_CACHE_DIR", base.resolve("djl").toString());
      }
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
      configured = true;
    }
    System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
  }

  /** The engine, loaded on first use. */
  static Engine engine(int threads) {
    configure(threads);
    return Engine.getEngine("PyTorch");
  }

  /** The device every deep model trains on: the first GPU if the engine sees one, else the CPU. */
  static Device device(Engine engine) {
    return engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
  }

  /** Seeds the engine's generator (weight initialisation, dropout). */
  static void seed(Engine engine, long seed) {
    engine.setRandomSeed((int) (seed ^ (seed >>> 32)));
  }
}
