/**
 * The audit log at the boundary: {@code GET /api/audit} (JSON, or CSV by {@code Accept} or {@code
 * /api/audit.csv}) and the page {@code /audit.xhtml}, for the administrator and each canton's
 * clerks and policy officers. Who may read which entry is the core's {@code audit.AuditLog}.
 */
package org.confederatio.web.audit;
