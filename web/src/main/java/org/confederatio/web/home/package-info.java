/** Where each role lands after signing in, and the navigation that later features extend. */
package org.confederatio.web.home;
