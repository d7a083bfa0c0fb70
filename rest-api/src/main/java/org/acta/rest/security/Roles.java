package org.acta.rest.security;

/** The roles named in {@code @RolesAllowed}; accounts and tokens carry them as groups. */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String STAFF = "staff";
  public static final String UNIT_SECRETARY = "unit-secretary";
  public static final String FACULTY = "faculty";
  public static final String STUDENT = "student";
  /** The HR system's API tokens: read the table and snapshots, change nothing. */
  public static final String HR_CLIENT = "hr-client";

  private Roles() {}
}
