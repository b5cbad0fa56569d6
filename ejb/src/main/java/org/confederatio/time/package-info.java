/**
 * The confederation's clock and time zone: the single source of "today" for every rule that depends
 * on a date (deadlines, the fiscal year in progress, expiry of justifications).
 */
package org.confederatio.time;
