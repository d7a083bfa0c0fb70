/** What every part of the stored domain shares: the domain's own exceptions. */
package org.acta.core.domain.shared;
