package org.confederatio.access;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.AccessRefused;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.PersonId;

/**
 * Passwords against the PBKDF2 hashes of the {@code account} table: checking one, changing one's
 * own, and generating the first one of a login that is handed out (a demo login, an account the
 * administrator creates). A check costs the same whether the username exists or not, so that the
 * time of an answer does not tell an attacker which usernames are worth guessing.
 */
@Stateless
public class Passwords {

  /** The longest username the {@code account} table holds. */
  private static final int LONGEST_USERNAME = 64;

  /** No characters that read alike (l, 1, I, O, 0, o). */
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static final int GENERATED_LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The hash an unknown username is checked against: same parameters, no password matches it. */
  private static volatile String decoy;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private Pbkdf2PasswordHash hash;
  @Inject private AuditTrail audit;

  @PostConstruct
  void initialize() {
    hash.initialize(PasswordHashing.parameters());
    if (decoy == null) {
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      decoy = hash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }
  }

  /**
   * The account's role if the password is its own. An unknown username, or an empty password, is
   * verified against a decoy hash with the same parameters, so it takes as long as a wrong
   * password.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Role> check(String username, String password) {
    Account account =
        username == null || username.isEmpty() || username.length() > LONGEST_USERNAME
            ? null
            : em.find(Account.class, username);
    boolean usable = account != null && password != null && !password.isEmpty();
    char[] candidate = usable ? password.toCharArray() : "-".toCharArray();
    boolean matches = hash.verify(candidate, usable ? account.passwordHash() : decoy);
    return usable && matches ? Optional.of(account.role()) : Optional.empty();
  }

  /**
   * The caller replaces their own password: the current one must be right and the new one must keep
   * {@link PasswordRule}. Audited without either password or hash.
   */
  public void change(Caller caller, String current, String replacement) {
    Account account = em.find(Account.class, caller.username(), LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw new AccessRefused("Your account no longer exists.");
    }
    boolean currentIsRight =
        current != null
            && !current.isEmpty()
            && hash.verify(current.toCharArray(), account.passwordHash());
    Violations violations = new Violations();
    violations.check(currentIsRight, "current", "is not your current password");
    PasswordRule.brokenBy(caller.username(), current, replacement)
        .ifPresent(broken -> violations.check(false, "new", broken.message()));
    violations.throwIfAny();
    account.changePassword(hash.generate(replacement.toCharArray()));
    audit.record(
        caller.username(),
        "change-password",
        "Account",
        caller.username(),
        AuditScope.confederal(caller.person().map(PersonId::of).orElse(null)),
        null,
        null);
  }

  /** A fresh random password of 20 characters (about 116 bits), for a login handed out. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String generate() {
    StringBuilder password = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  /** The hash stored for a password, with the parameters the checks use. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }
}
