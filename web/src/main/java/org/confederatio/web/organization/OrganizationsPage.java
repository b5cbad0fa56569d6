package org.confederatio.web.organization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.confederatio.organization.OrganizationRegistry;

/** The organizations page, twenty to a page. */
@Named
@RequestScoped
public class OrganizationsPage {

  static final int SIZE = 20;

  @Inject private OrganizationRegistry organizations;

  private int page;
  private OrganizationRegistry.Page current;

  public OrganizationRegistry.Page getCurrent() {
    if (current == null) {
      current = organizations.page(Optional.empty(), Math.max(0, page), SIZE);
    }
    return current;
  }

  public boolean isHasPrevious() {
    return getCurrent().page() > 0;
  }

  public boolean isHasNext() {
    return (long) (getCurrent().page() + 1) * SIZE < getCurrent().total();
  }

  public long getPages() {
    return Math.max(1, (getCurrent().total() + SIZE - 1) / SIZE);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
