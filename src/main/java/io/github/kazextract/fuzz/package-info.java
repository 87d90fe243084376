/**
 * Fuzzing harness for the robustness contract: {@link io.github.kazextract.fuzz.ExtractorFuzzer}
 * (a {@code main} with a time budget), its input generator {@link io.github.kazextract.fuzz.FuzzInputs}
 * and the checked contract {@link io.github.kazextract.fuzz.Invariants}, which the robustness
 * tests share.
 */
package io.github.kazextract.fuzz;
