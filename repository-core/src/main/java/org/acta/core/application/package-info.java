/**
 * The services every entry point (REST, batch, command line) goes through to read and change the
 * stored domain, and the commands they take.
 */
package org.acta.core.application;
