package dev.verdict.learn.catalog;

/**
 * What an import changed.
 *
 * @param added courses that were new
 * @param updated courses that replaced a stored one (their ratings from other sources, and yours, kept)
 */
public record ImportResult(int added, int updated) {}
