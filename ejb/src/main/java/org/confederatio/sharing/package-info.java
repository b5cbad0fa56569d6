/**
 * Confederal sharing (SHARING.md): the bodies cantons may join, their memberships, and each body's
 * yearly settlement computed by the rules module. Memberships and settlements are public among
 * signed-in users: they are the cantons' published commitments.
 */
package org.confederatio.sharing;
