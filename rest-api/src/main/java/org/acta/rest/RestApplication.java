package org.acta.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts every resource of the API under {@code /api/v1}. */
@ApplicationPath("api/v1")
public class RestApplication extends Application {}
