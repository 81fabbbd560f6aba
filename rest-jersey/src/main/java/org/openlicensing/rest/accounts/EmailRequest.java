package org.openlicensing.rest.accounts;

/** A body that names an address: resending a verification link, asking for a reset link. */
public record EmailRequest(String email) {}
