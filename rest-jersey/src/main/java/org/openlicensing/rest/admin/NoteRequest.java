package org.openlicensing.rest.admin;

/** {@code POST /v1/admin/users/{id}/notes} */
public record NoteRequest(String body) {}
