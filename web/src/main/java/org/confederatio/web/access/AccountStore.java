package org.confederatio.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.confederatio.access.Passwords;

/**
 * Accounts live in the application's own database; the group a caller is in is their role. The
 * check itself is {@link Passwords#check}, which costs the same for an unknown username as for a
 * wrong password (the container's database store answers an unknown username at once).
 */
@ApplicationScoped
public class AccountStore implements IdentityStore {

  @Inject private Passwords passwords;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return passwords
        .check(given.getCaller(), given.getPasswordAsString())
        .map(role -> new CredentialValidationResult(given.getCaller(), Set.of(role.groupName())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
