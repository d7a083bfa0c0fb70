/** The {@code acta} command line (picocli): {@code serve}, {@code pipeline}, {@code --help}. */
package org.acta.deploy.cli;
