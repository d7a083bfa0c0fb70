package org.acta.rest.dto;

/**
 * An error answer in the RFC 9457 problem format ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong this time, in words the caller can act on
 */
public record ProblemDto(String type, String title, int status, String detail) {

  /** The media type problem answers are sent with. */
  public static final String MEDIA_TYPE = "application/problem+json";
}
