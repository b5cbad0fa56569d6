package org.confederatio.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A test archive that carries the application's own core: the EJB module and its libraries as the
 * EAR build laid them out, so that in-server tests exercise the very jars that ship.
 */
final class InServer {

  private InServer() {}

  static WebArchive archive(String name) {
    Path exploded = Path.of(System.getProperty("it.ear.dir", "target/confederatio"));
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name)
            .addAsLibraries(exploded.resolve("confederatio-ejb.jar").toFile());
    try (var libs = Files.list(exploded.resolve("lib"))) {
      libs.map(Path::toFile).forEach(war::addAsLibraries);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return war.addAsWebInfResource(
        new org.jboss.shrinkwrap.api.asset.StringAsset(
            "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"all\"/>"),
        "beans.xml");
  }
}
