/**
 * Integration tests: acta.war on a real Payara Micro (Arquillian's managed adapter) against a real
 * MariaDB, exercised over HTTP as a client would.
 */
package org.acta.deploy.it;
