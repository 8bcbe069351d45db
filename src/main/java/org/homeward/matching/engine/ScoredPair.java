package org.homeward.matching.engine;

import org.homeward.matching.Verdict;

/** Two records the engine judged a possible or likely duplicate, ids in input order. */
public record ScoredPair(String idA, String idB, double probability, Verdict verdict) {}
