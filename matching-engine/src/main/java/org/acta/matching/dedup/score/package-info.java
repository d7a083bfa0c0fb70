/**
 * Comparison and scoring: a comparison vector per candidate pair (levels of agreement per field),
 * a Fellegi–Sunter model whose non-match probabilities come from random pairs and whose match
 * probabilities are estimated by EM (no labels needed), hard rules for the known false friends,
 * and the evidence of each decision in words.
 */
package org.acta.matching.dedup.score;
