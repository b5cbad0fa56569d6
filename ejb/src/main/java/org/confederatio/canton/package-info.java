/**
 * The cantons of the confederation: autonomous local governments, registered by the confederal
 * administrator.
 */
package org.confederatio.canton;
