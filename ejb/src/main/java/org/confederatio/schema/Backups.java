package org.confederatio.schema;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrator's backup of the embedded Derby database, taken inside the server because no
 * outside tool can open a database the server has booted: {@code SYSCS_BACKUP_DATABASE} copies it,
 * consistent, while the application goes on. Each backup goes to a folder of its own under {@code
 * confederatio.backup.dir}; a server started with {@code db.derby.path} on a copy of it is the
 * restored database. PostgreSQL is backed up from outside with {@code pg_dump} (README).
 */
@Stateless
public class Backups {

  private static final DateTimeFormatter FOLDER =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  @Resource private SessionContext context;
  @Inject private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "confederatio.backup.dir", defaultValue = "backups")
  String directory;

  /** Where a backup went: the folder that holds the copied database. */
  public record Backup(String database, String path) {}

  /**
   * Backs up the embedded database into a new folder and answers where; refused (409) when the
   * database is not embedded Derby. Outside any transaction: Derby backs up what is committed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Backup backUp(Caller caller) {
    caller.require(Role.ADMIN);
    // the real moment, not the confederation's clock, which a test may hold still: one folder per
    // backup
    Path folder = Path.of(directory, FOLDER.format(Instant.now())).toAbsolutePath();
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      if (!product.contains("Derby")) {
        throw new Conflict(
            "The database is "
                + product
                + ", not embedded Derby: back it up from outside with pg_dump -Fc (README,"
                + " Backup and restore).");
      }
      Files.createDirectories(folder);
      try (CallableStatement s = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
        s.setString(1, folder.toString());
        s.execute();
      }
      // Derby copies the database into a folder named as the database's own folder
      Backup backup;
      try (var copies = Files.list(folder)) {
        backup =
            new Backup(
                "derby",
                copies
                    .findFirst()
                    .orElseThrow(
                        () -> new IllegalStateException("Derby wrote no backup into " + folder))
                    .toString());
      }
      context.getBusinessObject(Backups.class).audit(caller, backup);
      return backup;
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("the backup into " + folder + " failed", e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void audit(Caller caller, Backup backup) {
    audit.record(
        caller.username(),
        "backup",
        "Database",
        backup.path(),
        AuditScope.confederal(),
        null,
        backup);
  }
}
