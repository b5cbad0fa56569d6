package org.confederatio.organization;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.confederatio.failure.NotFound;
import org.confederatio.rules.api.canton.OrganizationId;

/** Finding an organization for the services that change it, refusing an unknown id. */
final class OrganizationLookup {

  private OrganizationLookup() {}

  static Organization existing(EntityManager em, OrganizationId id) {
    Organization organization = em.find(Organization.class, id.value());
    if (organization == null) {
      throw new NotFound("organization", id);
    }
    return organization;
  }

  /** The organization, locked until the transaction ends, so that two changes cannot interleave. */
  static Organization locked(EntityManager em, OrganizationId id) {
    Organization organization = existing(em, id);
    em.lock(organization, LockModeType.PESSIMISTIC_WRITE);
    return organization;
  }
}
