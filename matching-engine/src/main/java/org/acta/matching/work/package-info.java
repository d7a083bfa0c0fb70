/** Works: clusters of source records that are one publication, and their merged view. */
package org.acta.matching.work;
