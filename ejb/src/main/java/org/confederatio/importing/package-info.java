/** Imports of large files that run in the background while a page shows their progress. */
package org.confederatio.importing;
