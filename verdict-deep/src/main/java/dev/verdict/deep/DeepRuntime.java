package dev.verdict.deep;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
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

  /** Loads the engine and runs a first tiny operation on the device, which initialises the native runtime. */
  static void start(int threads) {
    Engine engine = engine(threads);
    try (NDManager manager = engine.newBaseManager(device(engine))) {
      manager.ones(new Shape(2, 2)).matMul(manager.ones(new Shape(2, 2))).toFloatArray();
    }
  }

  /**
   * Below this many multiply-adds per training step (batch rows × parameters) a second intra-op thread
   * costs more than it saves: PyTorch's per-operation thread hand-off dominates small matrices
   * (measured on 2 cores: mlp-small on iris and spam 25 % faster on one thread; mlp-resnet at batch
   * 128 on spam even).
   */
  static final long MIN_WORK_PER_THREAD = 32_000_000L;

  /**
   * Sets the engine's intra-op threads for a fit whose steps do {@code work} multiply-adds: one
   * thread for small steps, up to {@code threads} for large ones. Fits run one at a time, so this
   * process-wide setting belongs to the current fit.
   */
  static void threadsFor(long work, int threads) {
    threads(threadCount(work, threads));
  }

  /** Intra-op threads for steps of {@code work} multiply-adds: one per {@value #MIN_WORK_PER_THREAD}, 1 to {@code threads}. */
  static int threadCount(long work, int threads) {
    return (int) Math.max(1, Math.min(threads, work / MIN_WORK_PER_THREAD));
  }

  /** Sets the engine's intra-op threads (process-wide; fits and predictions run one at a time). */
  static void threads(int n) {
    if (JniUtils.getNumThreads() != n) {
      JniUtils.setNumThreads(n);
    }
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
