package dev.verdict.deep;

import java.util.List;

/**
 * The shape and training settings of a tabular MLP.
 *
 * @param id trainer id, e.g. {@code mlp-small}
 * @param hidden units per hidden layer
 * @param dropout dropout rate after each hidden layer (0: none)
 * @param residual after a first linear layer, each further layer is a residual block (equal widths)
 * @param learningRate AdamW learning rate
 * @param weightDecay AdamW decoupled weight decay
 * @param batchSize rows per step
 * @param maxEpochs upper bound on epochs
 * @param patience epochs without a better validation loss before stopping
 */
public record MlpConfig(
    String id,
    List<Integer> hidden,
    double dropout,
    boolean residual,
    float learningRate,
    float weightDecay,
    int batchSize,
    int maxEpochs,
    int patience) {

  public MlpConfig {
    if (hidden.isEmpty() || hidden.stream().anyMatch(h -> h < 1)) {
      throw new IllegalArgumentException("hidden layers must have at least one unit: " + hidden);
    }
    if (dropout < 0 || dropout >= 1) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    if (residual && hidden.stream().distinct().count() != 1) {
      throw new IllegalArgumentException("residual layers need equal widths: " + hidden);
    }
    if (learningRate <= 0 || batchSize < 1 || maxEpochs < 1 || patience < 1) {
      throw new IllegalArgumentException("invalid training settings in " + id);
    }
    hidden = List.copyOf(hidden);
  }

  /** Two layers of 64, no dropout. */
  public static MlpConfig small() {
    return new MlpConfig("mlp-small", List.of(64, 64), 0, false, 1e-3f, 1e-4f, 64, 200, 15);
  }

  /** A residual net of width 256: an embedding layer and two residual blocks, dropout 0.2. */
  public static MlpConfig wideResidual() {
    return new MlpConfig("mlp-resnet", List.of(256, 256, 256), 0.2, true, 1e-3f, 1e-4f, 128, 200, 15);
  }
}
