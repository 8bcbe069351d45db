package org.homeward.matching.engine;

import java.util.List;

/**
 * Records the engine judges one person: their ids, every pair among them with its score, and the
 * links the group was joined by (why each holds: a likely pair, or a possible one borne out by the
 * other members).
 *
 * @param ids the records, in input order
 * @param pairs every pair of the group; a pair joined through others scores the weakest link of the
 *     path between them, unless its own score is higher
 * @param links the pairs that joined the group, each with its own score and verdict
 */
public record PersonGroup(List<String> ids, List<ScoredPair> pairs, List<ScoredPair> links) {

  public PersonGroup {
    ids = List.copyOf(ids);
    pairs = List.copyOf(pairs);
    links = List.copyOf(links);
  }
}
