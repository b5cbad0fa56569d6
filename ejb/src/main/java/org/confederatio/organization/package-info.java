/**
 * The confederal register of transnational organizations (phyles, communities of origin, commons
 * foundations, confederal funds) that taxpayers may designate.
 */
package org.confederatio.organization;
