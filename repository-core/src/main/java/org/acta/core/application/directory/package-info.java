/**
 * The directory as HR and the registry export it: import and re-import of units and people,
 * with the history of every change and people who left kept, marked.
 */
package org.acta.core.application.directory;
