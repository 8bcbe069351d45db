package org.homeward.movement.web;

import java.util.List;
import org.homeward.shared.CountryCode;
import org.homeward.shared.web.Formats;
import org.springframework.stereotype.Component;

/** The consulates a request form offers for a person, named in the reader's language. */
@Component
class ConsulateChoices {

  private final Formats formats;

  ConsulateChoices(Formats formats) {
    this.formats = formats;
  }

  /** The consulate of the person's own country; any country's when their nationality is unknown. */
  List<Formats.Choice> consulates(String nationality) {
    if (CountryCode.isValid(nationality)) {
      return List.of(new Formats.Choice(nationality, formats.country(nationality)));
    }
    return formats.countries();
  }
}
