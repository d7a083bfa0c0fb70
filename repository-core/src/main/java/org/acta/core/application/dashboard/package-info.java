/**
 * The dashboard's counts (数据看板): works and rows of the one table by unit (sub-units rolled up),
 * year, index, JCR quartile and author role, and their trends per year, under the same filters as
 * HR's pulls.
 */
package org.acta.core.application.dashboard;
