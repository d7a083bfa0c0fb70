/** Test support: a fresh database per test class on the local MariaDB. */
package org.acta.core.testing;
