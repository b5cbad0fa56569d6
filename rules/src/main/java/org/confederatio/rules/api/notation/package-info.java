/**
 * How numbers and dates are written in every file, form, query and JSON string the confederation
 * reads: one strict grammar, so that no input changes meaning on its way in. Whole numbers are
 * ASCII digits with an optional leading minus; decimals add a point and at most as many decimal
 * places as the value keeps (more are refused, never rounded); dates are {@code YYYY-MM-DD} days of
 * the calendar. No sign {@code +}, no exponent, no digits of other scripts, no thousands
 * separators.
 */
package org.confederatio.rules.api.notation;
