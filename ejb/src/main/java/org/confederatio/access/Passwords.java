package org.confederatio.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;

/**
 * New passwords: generated at random for a login that is handed out (a demo login, an account the
 * administrator creates) and stored only as a PBKDF2 hash.
 */
@ApplicationScoped
public class Passwords {

  /** No characters that read alike (l, 1, I, O, 0, o). */
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void parameters() {
    hash.initialize(PasswordHashing.parameters());
  }

  /** A fresh random password of 20 characters (about 116 bits). */
  public String generate() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  /** The hash stored for a password, with the parameters the identity store checks it with. */
  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }
}
