package dev.verdict.deep;

import java.util.List;

/**
 * The shape and training settings of a tabular MLP.
 *
 * @param id trainer id, e.g. {@code mlp-small}
 * @param hidden units per hidden layer; for a residual net, the first is the width of the embedding and of
 *     the residual stream, and each further one the inner width of one residual block
 * @param dropout dropout rate after each hidden layer, or inside each residual block (0: none)
 * @param residual after a first linear layer (the embedding), each further entry of {@code hidden} is a
 *     residual block
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
    if (residual && hidden.size() < 2) {
      throw new IllegalArgumentException("a residual net needs an embedding width and at least one block: " + hidden);
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

  /**
   * The ResNet baseline of Gorishniy et al. (2021): an embedding of width 128 and two residual blocks
   * of inner width 256, dropout 0.2 inside each block. (Verdict's first version used width 256 in and
   * out of the blocks with dropout after both layers: 2.2× the cost per step for no better scores on
   * the samples.)
   */
  public static MlpConfig wideResidual() {
    return new MlpConfig("mlp-resnet", List.of(128, 256, 256), 0.2, true, 1e-3f, 1e-4f, 128, 200, 15);
  }
}
