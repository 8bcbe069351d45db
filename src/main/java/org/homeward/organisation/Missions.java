package org.homeward.organisation;

import java.util.List;
import java.util.Optional;

/** The organisation's offices, for modules that need to name or check one. */
public interface Missions {

  Optional<Mission> find(String code);

  default boolean exists(String code) {
    return code != null && find(code).isPresent();
  }

  List<Mission> all();
}
