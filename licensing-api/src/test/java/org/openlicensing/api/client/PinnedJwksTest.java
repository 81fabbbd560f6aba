package org.openlicensing.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinnedJwksTest {
  private final TestIssuer issuer = new TestIssuer("key-1");
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path directory;

  @Test
  void parsesThePublicKeySetAServerPublishes() throws Exception {
    JWKSet keys = PinnedJwks.parse(issuer.jwks().toString(true));

    assertThat(keys.getKeyByKeyId("key-1")).isNotNull();
  }

  @Test
  void refusesAKeySetHoldingAPrivateKey() {
    OctetKeyPair withPrivatePart =
        new OctetKeyPair.Builder(issuer.jwks().getKeys().get(0).toOctetKeyPair())
            .d(Base64URL.encode(new byte[32]))
            .build();

    ParseException refused =
        catchThrowableOfType(
            ParseException.class,
            () -> PinnedJwks.parse(new JWKSet(withPrivatePart).toString(false)));

    assertThat(refused).hasMessageContaining("private keys");
  }

  @Test
  void refusesAKeySetWithoutAnEd25519KeyWithAKid() {
    OctetKeyPair withoutKid =
        new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(new byte[32])).build();

    assertThat(
            catchThrowableOfType(
                ParseException.class, () -> PinnedJwks.parse(new JWKSet(withoutKid).toString())))
        .hasMessageContaining("no Ed25519 key");
  }

  @Test
  void pinningFetchesOnceAndKeepsTheKeysOwnerOnly() throws Exception {
    Path pin = directory.resolve("jwks.json");
    try (StandInServer server = StandInServer.start()) {
      server.answer("GET", "/.well-known/jwks.json", 200, issuer.jwks().toString(true));

      JWKSet keys = PinnedJwks.pinFrom(server.uri().resolve("/.well-known/jwks.json"), pin, http);

      assertThat(keys.getKeyByKeyId("key-1")).isNotNull();
      assertThat(PinnedJwks.read(pin).getKeyByKeyId("key-1")).isNotNull();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pin)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void aPinnedFileIsUsedWithoutTheNetwork() throws Exception {
    Path pin = directory.resolve("jwks.json");
    Files.writeString(pin, issuer.jwks().toString(true));
    URI gone;
    try (StandInServer server = StandInServer.start()) {
      gone = server.uri().resolve("/.well-known/jwks.json");
    }

    JWKSet keys = PinnedJwks.pinFrom(gone, pin, http);

    assertThat(keys.getKeyByKeyId("key-1")).isNotNull();
  }

  @Test
  void pinningRefusesPlainHttpToAnotherMachine() {
    Throwable refused =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () ->
                PinnedJwks.pinFrom(
                    URI.create("http://licensing.example.com/.well-known/jwks.json"),
                    directory.resolve("jwks.json"),
                    http));

    assertThat(refused).hasMessageContaining("https");
    assertThat(directory.resolve("jwks.json")).doesNotExist();
  }
}
