/**
 * A faculty member's or student's own publications: their rows of the one table as HR gets them,
 * their confirmations and rejections (decisions, applied to the row at once), and publications
 * they add by hand (source records of origin MANUAL that go through the pipeline like any other).
 */
package org.acta.core.application.mine;
