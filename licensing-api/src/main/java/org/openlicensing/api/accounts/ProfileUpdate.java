package org.openlicensing.api.accounts;

/**
 * A partial update of the name, the business profile and the preferences (JSON merge patch
 * semantics): null fields are left alone; see {@link Change}.
 */
public record ProfileUpdate(
    Change<String> name,
    Change<String> companyName,
    Change<String> vatId,
    Change<AddressInput> address,
    Change<String> country,
    Change<String> phone,
    Change<String> locale,
    Change<String> timeZone,
    Change<Boolean> marketingEmails) {}
