/**
 * Stored evidence read back for people: each reason rendered in the reader's language and kept
 * with its code and arguments, so an integrator can render it in its own.
 */
package org.acta.core.application.evidence;
