/** A small HTTP client of Acta's REST API for the command line (and the tests that drive a server). */
package org.acta.deploy.client;
