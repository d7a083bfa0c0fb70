/**
 * Evidence as data: every automatic decision carries {@link org.acta.matching.explain.Reason}s, a
 * stable code and its arguments, rendered into words a librarian understands, in English or
 * Simplified Chinese, by {@link org.acta.matching.explain.ReasonRenderer} from the resource
 * bundles beside this package ({@code reasons.properties}, {@code reasons_zh.properties}). Stored
 * as code and arguments, evidence can be rendered in any language later.
 */
package org.acta.matching.explain;
