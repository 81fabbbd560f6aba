package org.openlicensing.api.organizations;

/**
 * One line of a bulk invitation, as the file had it: neither field is checked yet.
 *
 * @param line the line's number in the file, counting from 1, for the report
 */
public record InviteRow(int line, String email, String role) {}
