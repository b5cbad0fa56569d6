package org.confederatio.instance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server among the instances that share one database: the name under which it holds an
 * allocation run's lease (RunLeases) and runs an import (ImportJobs), so that another instance, or
 * this one restarted, knows whose work a crash cut off. {@code confederatio.instance} when set;
 * otherwise the host name and the Liberty server's name, unique as long as no host runs two servers
 * of one name.
 */
@ApplicationScoped
public class ThisInstance {

  @Inject
  @ConfigProperty(name = "confederatio.instance")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "confederatio.server.name", defaultValue = "server")
  String serverName;

  private String name;

  @PostConstruct
  void resolve() {
    name = configured.filter(s -> !s.isBlank()).orElseGet(() -> host() + "/" + serverName);
  }

  public String name() {
    return name;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
