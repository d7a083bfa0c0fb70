/** The demo university that {@code acta serve --demo} puts into an empty database. */
package org.acta.deploy.demo;
