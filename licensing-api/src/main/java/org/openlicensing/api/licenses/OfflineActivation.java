package org.openlicensing.api.licenses;

import java.util.Objects;
import org.openlicensing.api.offline.ArmoredText;
import org.openlicensing.api.offline.OfflineFiles;

/**
 * An air-gapped device's activation and the response file that carries its token back; the token
 * names the request's nonce.
 */
public record OfflineActivation(ActivationGrant grant, String nonce) {
  public OfflineActivation {
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(nonce, "nonce");
  }

  /** The response file's text, between its BEGIN and END lines. */
  public String armored() {
    return ArmoredText.armor(OfflineFiles.ACTIVATION_RESPONSE, grant.token());
  }

  /** A name to save it under. */
  public String fileName() {
    return "activation-" + grant.activation().id() + OfflineFiles.ACTIVATION_RESPONSE_EXTENSION;
  }
}
