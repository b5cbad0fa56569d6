/**
 * The languages of the UI: English, Spanish and Esperanto, from resource bundles, switchable on
 * every page.
 */
package org.confederatio.web.language;
