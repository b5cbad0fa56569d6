package org.confederatio.access;

/**
 * The PBKDF2 parameters shared by the identity store that checks passwords and the code that sets
 * them. OWASP's 2023 advice for PBKDF2-HMAC-SHA256 is 600,000 iterations; we use 210,000 (its
 * SHA-512 figure) with SHA-512 so that a login stays well under a tenth of a second on two cores.
 */
public final class PasswordHashing {

  public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
  public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=64";

  private PasswordHashing() {}

  /** The parameters as {@code Pbkdf2PasswordHash.initialize} takes them. */
  public static java.util.Map<String, String> parameters() {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    for (String p : new String[] {ALGORITHM, ITERATIONS, SALT_BYTES, KEY_BYTES}) {
      String[] kv = p.split("=", 2);
      map.put(kv[0], kv[1]);
    }
    return map;
  }
}
