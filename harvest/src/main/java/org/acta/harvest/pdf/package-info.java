/**
 * Evidence from full-text PDFs: the text of the first pages (Apache Tika's PDF parser) searched
 * for corresponding-author markers and e-mail addresses, which WoS and EI exports sometimes lack
 * and CNKI exports never have.
 */
package org.acta.harvest.pdf;
