/**
 * Engineering Village (Ei Compendex, Inspec) exports: CSV and plain text (the "detailed record"
 * with numbered author–affiliation links and corresponding authors), RIS and BibTeX (no links,
 * no corresponding author). See {@code formats.md} §4.
 */
package org.acta.harvest.parse.ei;
