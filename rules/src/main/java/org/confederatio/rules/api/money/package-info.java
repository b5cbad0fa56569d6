/**
 * Exact money. Whole amounts are integer cents ({@link Money}); intermediate amounts that are not
 * whole cents are exact fractions ({@link Fraction}). No floating point anywhere: rule A8.
 */
package org.confederatio.rules.api.money;
