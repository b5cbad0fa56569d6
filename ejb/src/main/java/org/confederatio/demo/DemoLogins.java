package org.confederatio.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.confederatio.access.Account;
import org.confederatio.access.Passwords;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Invalid;
import org.confederatio.files.CsvTable;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.PersonId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo logins listed in {@code db/demo/accounts.csv} that do not exist yet, each with a
 * fresh random password, and writes the passwords to a file beside the server's data (readable by
 * the owner only). An existing login is never touched, so a second start adds nothing.
 *
 * <p>Two instances on one database may seed at the same moment. Each first takes an exclusive lock
 * on the account table, held until its transaction ends: the second waits, then finds every login
 * there and creates (and writes) nothing, so neither hits a duplicate key and the one file written
 * holds the passwords that are in the database. Both instances of a pair point {@code
 * confederatio.demo.logins} at one file.
 */
@Stateless
public class DemoLogins {

  private static final Logger LOG = Logger.getLogger(DemoLogins.class.getName());
  private static final String SEED = "db/demo/accounts.csv";

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private Passwords generator;

  @Inject private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "confederatio.demo.logins", defaultValue = "demo-logins.properties")
  private String loginsFile;

  public void ensure() {
    // the same statement in Derby and PostgreSQL; in both it conflicts with itself and with writes
    em.createNativeQuery("LOCK TABLE account IN EXCLUSIVE MODE").executeUpdate();
    Path file = Path.of(loginsFile);
    Properties passwords = read(file);
    int created = 0;
    for (Seed seed : seeds()) {
      Account existing = em.find(Account.class, seed.username());
      if (existing != null && existing.person().isEmpty() && !seed.person().isEmpty()) {
        existing.bindPerson(
            PersonId.of(seed.person())); // a demo database from before the register existed
      }
      if (existing == null) {
        String password = generator.generate();
        Account account = seed.toAccount(generator.hash(password));
        if (!seed.person().isEmpty()) {
          account.bindPerson(PersonId.of(seed.person()));
        }
        em.persist(account);
        audit.record(
            "system",
            "seed",
            "Account",
            seed.username(),
            AuditScope.confederal(account.person().map(PersonId::of).orElse(null)),
            null,
            account.summary());
        passwords.setProperty(seed.username(), password);
        created++;
      }
    }
    if (created > 0) {
      write(file, passwords);
      LOG.info(
          "Created " + created + " demo logins; their passwords are in " + file.toAbsolutePath());
    }
  }

  private static List<Seed> seeds() {
    try (var in = DemoLogins.class.getClassLoader().getResourceAsStream(SEED)) {
      String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Invalid.Violation> problems = new ArrayList<>();
      List<Seed> seeds =
          CsvTable.read(csv, "username,role,display_name,canton,organization,person", problems)
              .rows()
              .stream()
              .map(Seed::of)
              .toList();
      if (!problems.isEmpty()) {
        throw new IllegalStateException(SEED + " is malformed: " + problems);
      }
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    if (Files.exists(file)) {
      try (var in = Files.newBufferedReader(file)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return properties;
  }

  private static void write(Path file, Properties passwords) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (var out = Files.newBufferedWriter(file)) {
        passwords.store(
            out, "Confederatio demo logins: username=password (generated on first start)");
      }
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row of the seed: {@code username,role,display name,canton,organization,person}. */
  record Seed(
      String username,
      Role role,
      String displayName,
      String canton,
      String organization,
      String person) {

    static Seed of(CsvTable.Row row) {
      return new Seed(
          row.get(0), Role.ofGroupName(row.get(1)), row.get(2), row.get(3), row.get(4), row.get(5));
    }

    Account toAccount(String passwordHash) {
      return new Account(
          username,
          passwordHash,
          role,
          displayName,
          canton.isEmpty() ? null : CantonCode.of(canton),
          organization.isEmpty() ? null : OrganizationId.of(organization));
    }
  }
}
