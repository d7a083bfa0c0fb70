package org.acta.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Mounts every resource of the API under {@code /api/v1}. The roles are declared here and mapped
 * one to one onto the groups accounts and tokens carry ({@code WEB-INF/glassfish-web.xml}).
 */
@ApplicationPath("api/v1")
@DeclareRoles({"admin", "staff", "unit-secretary", "faculty", "student", "hr-client"})
public class RestApplication extends Application {}
