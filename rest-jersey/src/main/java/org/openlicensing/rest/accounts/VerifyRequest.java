package org.openlicensing.rest.accounts;

/** {@code POST /v1/accounts/verify} */
public record VerifyRequest(String token) {}
