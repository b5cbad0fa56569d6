package org.confederatio.web.designation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.confederatio.designation.Shares;
import org.confederatio.failure.Refusal;
import org.confederatio.organization.OrganizationRegistry;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.BasisPoints;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * A designation's recipients as a clerk reads them: an organization by its registered name, the
 * canton in the reader's language, each share as a percentage ({@code Browser Ocean 60 %}), never
 * the stored {@code browser-ocean:6000}.
 */
@Named
@RequestScoped
public class RecipientNames {

  @Inject private OrganizationRegistry registry;
  @Inject private Messages messages;
  @Inject private Formats formats;

  private final Map<String, String> names = new HashMap<>();

  /** The recipient's name; an id no longer registered is shown as it is, having no other name. */
  public String name(String recipient) {
    if ("canton".equals(recipient)) {
      return messages.get("designation.theCanton");
    }
    return organization(recipient);
  }

  /**
   * An organization by its registered name, looked up once a request: every page that shows an
   * organization's id comes here. An id no longer (or never) registered is all there is to show.
   */
  public String organization(String id) {
    if (id == null) {
      return "";
    }
    return names.computeIfAbsent(
        id,
        key -> {
          try {
            return registry.find(OrganizationId.of(key)).name();
          } catch (Refusal | IllegalArgumentException unknown) {
            return key;
          }
        });
  }

  /** One share in words: the recipient's name and its percentage. */
  public String share(String recipient, int basisPoints) {
    return name(recipient) + " " + formats.share(BasisPoints.of(basisPoints));
  }

  /** Stored shares ({@code a:6000 canton:4000}) in words, separated by commas. */
  public String shares(String stored) {
    if (stored == null || stored.isBlank()) {
      return "";
    }
    return Shares.parse(stored).stream()
        .map(s -> share(s.recipient().id(), s.basisPoints()))
        .collect(Collectors.joining(", "));
  }
}
