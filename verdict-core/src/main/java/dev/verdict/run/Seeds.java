package dev.verdict.run;

/**
 * Derives independent seeds from the run's seed (SplitMix64 finaliser), so each model and fold has
 * its own stream whatever else the run contains.
 */
final class Seeds {
  private Seeds() {}

  static long derive(long seed, String purpose, int index) {
    long h = seed;
    for (int i = 0; i < purpose.length(); i++) {
      h = mix(h + purpose.charAt(i));
    }
    return mix(h + 0x9e3779b97f4a7c15L * (index + 1));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
