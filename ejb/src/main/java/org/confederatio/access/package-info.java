/**
 * Who is calling: accounts with their role and the canton or organization they are bound to. The
 * binding is stored in the database and checked here, in the service layer, so that no UI or API
 * shortcut can act for another canton or organization.
 */
package org.confederatio.access;
