/** Test fixtures of the deploy module: synthetic export files. */
package org.acta.deploy.testing;
