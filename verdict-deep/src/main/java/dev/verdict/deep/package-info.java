/**
 * The deep-learning family (DJL with the PyTorch engine). It will plug into core through
 * {@code dev.verdict.model.ModelFamily}, exactly as the classical family does, and keep all native
 * code inside this module. Until its trainers land, this module registers no family.
 */
package dev.verdict.deep;
