/** Which database Acta uses: one from configuration, or an embedded MariaDB in the data directory. */
package org.acta.deploy.database;
