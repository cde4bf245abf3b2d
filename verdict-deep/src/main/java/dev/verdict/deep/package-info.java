/**
 * The deep-learning family (DJL with the PyTorch engine). It plugs into core through
 * {@code dev.verdict.model.ModelFamily}, exactly as the classical family does, and keeps all native
 * code inside this module.
 */
package dev.verdict.deep;
