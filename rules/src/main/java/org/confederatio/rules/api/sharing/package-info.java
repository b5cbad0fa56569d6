/**
 * SHARING.md: cantons' voluntary contributions to the confederal bodies they join (C1, C2), each
 * body's pot (C3), its disbursement per capita or by equalization (C4), in exact cents (C5), and
 * the settlement report (C6).
 */
package org.confederatio.rules.api.sharing;
