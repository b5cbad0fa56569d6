/** Glue between Jakarta Faces and the rest of the code. */
package org.confederatio.web.faces;
