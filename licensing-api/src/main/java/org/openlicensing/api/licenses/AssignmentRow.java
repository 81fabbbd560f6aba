package org.openlicensing.api.licenses;

/**
 * One line of a bulk assignment, as the file had it: neither field is checked yet.
 *
 * @param line the line's number in the file, counting from 1, for the report
 * @param email the address of the member to hold the license
 * @param licenseId the license's id, as text, so that a malformed one fails only its line
 */
public record AssignmentRow(int line, String email, String licenseId) {}
