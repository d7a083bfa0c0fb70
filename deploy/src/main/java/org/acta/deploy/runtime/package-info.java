/** The launcher's footing on this machine: where Acta is installed, its data directory, ports. */
package org.acta.deploy.runtime;
