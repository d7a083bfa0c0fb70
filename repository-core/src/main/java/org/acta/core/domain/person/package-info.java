/** Staff and students of the institution, the people works are attributed to. */
package org.acta.core.domain.person;
