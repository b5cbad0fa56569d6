/**
 * The confederal register of transnational organizations (phyles, communities of origin, commons
 * foundations, confederal funds) that taxpayers may designate, their accreditations per canton and
 * fiscal year, and the one answer to whether an organization may be chosen there ({@link
 * org.confederatio.organization.Choosability}).
 */
package org.confederatio.organization;
