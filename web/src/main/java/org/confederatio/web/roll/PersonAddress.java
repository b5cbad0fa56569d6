package org.confederatio.web.roll;

import org.confederatio.residence.FiscalHome;
import org.confederatio.rules.api.canton.PersonId;

/**
 * A person's id as an address or a form gives it. A malformed one is answered as an unknown one
 * (404), never as a malformed parameter: the register's answers tell nothing about which ids exist,
 * and that holds for ids that cannot exist too.
 */
final class PersonAddress {

  private PersonAddress() {}

  static PersonId of(String id) {
    try {
      return PersonId.of(id == null ? null : id.strip());
    } catch (IllegalArgumentException e) {
      throw FiscalHome.notFound(id);
    }
  }
}
