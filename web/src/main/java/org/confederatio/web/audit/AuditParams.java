package org.confederatio.web.audit;

import jakarta.ws.rs.QueryParam;
import org.confederatio.audit.AuditFilter;
import org.confederatio.audit.AuditLog;

/**
 * The query parameters of the audit log, taken as text so that a malformed one is refused by its
 * name (400) rather than by the framework (404).
 */
public class AuditParams {

  @QueryParam("actor")
  String actor;

  @QueryParam("action")
  String action;

  @QueryParam("entityType")
  String entityType;

  @QueryParam("entityId")
  String entityId;

  @QueryParam("person")
  String person;

  @QueryParam("canton")
  String canton;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  AuditFilter filter() {
    return AuditFilter.parse(actor, action, entityType, entityId, person, canton, from, to);
  }

  AuditLog.Paging paging() {
    return AuditLog.Paging.parse(page, size);
  }
}
