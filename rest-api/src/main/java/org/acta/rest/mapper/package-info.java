/** Translation between the API's DTOs and the domain's commands and entities. */
package org.acta.rest.mapper;
