/** Payara Micro as a child process running acta.war, and how to tell it is healthy. */
package org.acta.deploy.server;
