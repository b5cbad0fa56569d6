/**
 * What every response carries and what every request must declare: the security headers of pages
 * and API (a Content-Security-Policy without inline scripts, no framing, no sniffing, HSTS on
 * HTTPS), and the refusal of a body sent to an API method that takes none. Cookies are configured
 * in Liberty's {@code server.xml}; who may call what is {@code access}.
 */
package org.confederatio.web.boundary;
