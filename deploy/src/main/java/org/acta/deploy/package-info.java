/**
 * The runnable Acta: the {@code acta} command line, the embedded-MariaDB default, and the launch of
 * Payara Micro with the application.
 */
package org.acta.deploy;
