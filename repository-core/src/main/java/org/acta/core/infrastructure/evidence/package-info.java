/**
 * Evidence (codes and arguments, {@link org.acta.matching.explain.Reason}) as stored JSON and
 * back, so any language can render what a run decided long after it ran.
 */
package org.acta.core.infrastructure.evidence;
