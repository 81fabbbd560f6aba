package org.openlicensing.api.tokens;

/** RFC 8037, appendix A: the Ed25519 key (RFC 8032, test 1) and the JWS signed with it. */
final class Rfc8037Vectors {
  static final String PRIVATE_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
  static final String PUBLIC_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

  /** A.4: {"alg":"EdDSA"} over "Example of Ed25519 signing". */
  static final String JWS =
      "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
          + "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

  private Rfc8037Vectors() {}
}
