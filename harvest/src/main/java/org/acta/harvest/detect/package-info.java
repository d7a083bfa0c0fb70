/**
 * Deciding, from content only, how to decode a file ({@link org.acta.harvest.detect.CharsetSniffer})
 * and which export it is ({@link org.acta.harvest.detect.FormatDetector}); the file name is never
 * consulted.
 */
package org.acta.harvest.detect;
