package org.openlicensing.api.offline;

/**
 * The labels of the three offline files. A license file and an activation response hold a license
 * token (a compact JWS, verified like any token); an activation request holds {@link
 * ActivationRequestFile}'s JSON in base64.
 */
public final class OfflineFiles {
  /** A signed license file for one activated device: {@code GET /v1/licenses/{id}/file}. */
  public static final String LICENSE_FILE = "OPENLICENSING LICENSE FILE";

  /** What an air-gapped device writes for a person to upload. */
  public static final String ACTIVATION_REQUEST = "OPENLICENSING ACTIVATION REQUEST";

  /** What the server answers to an uploaded request, for the device to verify offline. */
  public static final String ACTIVATION_RESPONSE = "OPENLICENSING ACTIVATION RESPONSE";

  /** The file name extensions devices and browsers may offer for them. */
  public static final String LICENSE_FILE_EXTENSION = ".lic";

  public static final String ACTIVATION_REQUEST_EXTENSION = ".req";
  public static final String ACTIVATION_RESPONSE_EXTENSION = ".res";

  private OfflineFiles() {}
}
