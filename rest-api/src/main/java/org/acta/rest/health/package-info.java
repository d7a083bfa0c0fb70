/** MicroProfile Health checks behind Payara's {@code /health}. */
package org.acta.rest.health;
