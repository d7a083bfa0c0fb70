/** How the stored domain meets the database: the data source and schema migrations. */
package org.acta.core.infrastructure;
