package org.confederatio.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.confederatio.access.PasswordHashing;

/** Accounts live in the application's own database; the group a caller is in is their role. */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "jdbc/confederatio",
    callerQuery = "SELECT password_hash FROM account WHERE username = ?",
    groupsQuery = "SELECT role FROM account WHERE username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHashing.ALGORITHM,
      PasswordHashing.ITERATIONS,
      PasswordHashing.SALT_BYTES,
      PasswordHashing.KEY_BYTES
    })
public class IdentityStoreConfiguration {}
