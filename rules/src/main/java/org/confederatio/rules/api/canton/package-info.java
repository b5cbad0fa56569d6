/**
 * Cantons and organizations as the rules see them: identities only. The server keeps their details;
 * the rules need nothing but who is who.
 */
package org.confederatio.rules.api.canton;
