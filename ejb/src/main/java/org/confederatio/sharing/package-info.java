/**
 * Confederal sharing (SHARING.md): the bodies cantons may join, their memberships, and each body's
 * yearly settlement computed by the rules module from what the allocation runs in force sent to it.
 * Memberships and published settlements are public among signed-in users: they are the cantons'
 * published commitments; one settlement of a body's year is in force (the A12 model), and a draft
 * is seen only by the administrator and the members' officials.
 */
package org.confederatio.sharing;
