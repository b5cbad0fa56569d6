/**
 * The residence register: people and the periods they live in a canton (ROLL.md R1). Clerks record
 * arrivals, departures and deaths, one at a time or from a file; every change is audited.
 */
package org.confederatio.residence;
