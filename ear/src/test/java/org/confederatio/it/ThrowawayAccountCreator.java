package org.confederatio.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import org.confederatio.access.Account;
import org.confederatio.access.PasswordHashing;
import org.confederatio.access.Role;

/**
 * Creates a citizen's login that no other test knows, with a random password, in the test server's
 * database. Test code only: the application has no way to create a login.
 */
@Stateless
public class ThrowawayAccountCreator {

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private Pbkdf2PasswordHash hash;

  /** The new login's username and password. */
  public String[] create() {
    hash.initialize(PasswordHashing.parameters());
    String username = "tmp-" + random(12).toLowerCase(java.util.Locale.ROOT);
    String password = random(20);
    em.persist(
        new Account(
            username,
            hash.generate(password.toCharArray()),
            Role.CITIZEN,
            "Throwaway " + username,
            null,
            null));
    return new String[] {username, password};
  }

  private static String random(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
