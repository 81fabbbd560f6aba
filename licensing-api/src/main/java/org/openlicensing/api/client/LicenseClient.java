package org.openlicensing.api.client;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openlicensing.api.client.LicenseHttp.JsonAnswer;
import org.openlicensing.api.tokens.LicenseTokenVerifier;

/**
 * A device's side of licensing, with nothing but the JDK and Nimbus: activates, validates,
 * heartbeats and deactivates over REST, keeps the license token in a cache file, and decides
 * offline, at every start, whether the device may run.
 *
 * <pre>{@code
 * LicenseClient client = LicenseClient.builder()
 *     .server(URI.create("https://licensing.example.com"))
 *     .licenseKey(key)                        // as the customer entered it
 *     .fingerprint(fingerprintOfThisMachine)  // stable across restarts
 *     .pinnedJwks(PinnedJwks.read(installDir.resolve("jwks.json")))  // shipped with the app
 *     .cacheFile(userDataDir.resolve("license.cache"))
 *     .build();
 *
 * OfflineCheck check = client.checkOffline();   // no network
 * if (!check.valid()) {
 *   client.activate();                          // online; same device again takes no new slot
 *   check = client.checkOffline();
 * }
 * }</pre>
 *
 * <p>The offline check trusts only the pinned keys (see {@link PinnedJwks} for why they are never
 * fetched at run time), EdDSA, and the server's issuer; it tolerates a clock skew (two minutes
 * unless set), and answers {@link OfflineStatus#CLOCK_TAMPERED} for a clock set back before the
 * token's {@code iat} or before the latest time the device has seen. Every token the server sends
 * passes the same check before it is cached, so a cache never holds a token the device would
 * refuse.
 *
 * <p>The cache file holds the token, the activation and license ids, and the last-seen time, under
 * a MAC keyed by the license key; it is replaced atomically and readable by its owner only. Two
 * processes sharing one cache file each see a whole file, and the last writer wins.
 *
 * <p>Instances are thread-safe. Network calls time out after the request timeout (ten seconds
 * unless set); failures throw {@link LicenseClientException} with the server's problem code.
 */
public final class LicenseClient {
  private final LicenseHttp http;
  private final DeviceLicenseStore store;
  private final String licenseKey;
  private final String fingerprint;
  private final Optional<String> deviceName;
  private final Optional<String> platform;
  private final OfflineFileImport files;

  private LicenseClient(Builder builder, LicenseTokenVerifier verifier) {
    this.http = new LicenseHttp(builder.httpClient(), builder.server, builder.requestTimeout);
    OfflineTokenCheck offline =
        new OfflineTokenCheck(verifier, builder.fingerprint, builder.clock, builder.clockSkew);
    this.store =
        new DeviceLicenseStore(
            new TokenCache(builder.cacheFile, builder.licenseKey), offline, builder.clock);
    this.files =
        new OfflineFileImport(store, offline, new PendingRequest(builder.cacheFile), builder.clock);
    this.licenseKey = builder.licenseKey;
    this.fingerprint = builder.fingerprint;
    this.deviceName = Optional.ofNullable(builder.deviceName);
    this.platform = Optional.ofNullable(builder.platform);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Activates this device ({@code POST /v1/activations}) and caches the token. Asking again on the
   * same device returns the existing activation with a fresh token and takes no new slot, so this
   * is also how a device renews an expired token or recovers from a lost cache.
   *
   * @throws LicenseClientException for example {@code DEVICE_LIMIT_REACHED}, or {@code
   *     TOKEN_REFUSED} when the server's token does not verify here (keys rotated since the app
   *     shipped, a clock set back)
   */
  public DeviceActivation activate() throws LicenseClientException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("licenseKey", licenseKey);
    body.put("fingerprint", fingerprint);
    deviceName.ifPresent(name -> body.put("name", name));
    platform.ifPresent(value -> body.put("platform", value));
    JsonAnswer answer = http.post("v1/activations", body, null);
    return keep(answer, answer.status() == 201);
  }

  /** Asks the server whether this device may run now ({@code POST /v1/validations}). */
  public OnlineValidation validate() throws LicenseClientException {
    return validate(Set.of());
  }

  /** {@link #validate()}, also asking whether the license grants these entitlements. */
  public OnlineValidation validate(Set<String> entitlements) throws LicenseClientException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("licenseKey", licenseKey);
    body.put("fingerprint", fingerprint);
    if (!entitlements.isEmpty()) {
      body.put("entitlements", new TreeSet<>(entitlements).stream().toList());
    }
    JsonAnswer answer = http.post("v1/validations", body, null);
    try {
      return WireFormat.validation(answer.body());
    } catch (ParseException e) {
      throw LicenseClientException.unexpected(answer.status(), e.getMessage(), e);
    }
  }

  /**
   * Keeps a floating activation alive ({@code POST /v1/activations/{id}/heartbeat}) and caches the
   * fresh token it returns. A server without heartbeats answers 404 ({@code NOT_FOUND}).
   */
  public DeviceActivation heartbeat() throws LicenseClientException {
    CachedLicense cached = store.activation();
    JsonAnswer answer =
        http.post("v1/activations/" + cached.activationId() + "/heartbeat", Map.of(), licenseKey);
    return keep(answer, false);
  }

  /**
   * Frees this device's slot ({@code DELETE /v1/activations/{id}}) and removes the cache. A 404
   * {@code NOT_FOUND} means the server no longer knows the activation (an admin or a reset freed
   * it); {@link #forget()} then clears the cache.
   */
  public void deactivate() throws LicenseClientException {
    CachedLicense cached = store.activation();
    http.delete("v1/activations/" + cached.activationId(), licenseKey);
    forget();
  }

  /**
   * The text of an activation request file for this device, for a device without the network: a
   * person carries it to a machine that has it, uploads it ({@code POST /v1/offline-activations},
   * signed in) and brings back the response file for {@link #importActivationResponse}. Only the
   * latest request's response is accepted: its nonce is remembered next to the cache.
   *
   * @throws LicenseClientException CACHE_ERROR when the nonce cannot be remembered
   */
  public String activationRequest() throws LicenseClientException {
    return files.request(licenseKey, fingerprint, deviceName, platform);
  }

  /**
   * Takes the response file to this device's latest activation request into the cache, once it
   * verifies offline for this device and names that request's nonce; {@link #checkOffline()} then
   * answers from it.
   *
   * @throws LicenseClientException FILE_INVALID, RESPONSE_MISMATCH, or TOKEN_REFUSED (another
   *     device's file, an unknown key, an expired token)
   */
  public DeviceActivation importActivationResponse(String responseFile)
      throws LicenseClientException {
    return files.response(responseFile);
  }

  /**
   * Takes a license file ({@code GET /v1/licenses/{id}/file?fingerprint=...}) for this device into
   * the cache, once it verifies offline; {@link #checkOffline()} then answers from it.
   *
   * @throws LicenseClientException FILE_INVALID, or TOKEN_REFUSED (another device's file, an
   *     unknown key, an expired token)
   */
  public DeviceActivation importLicenseFile(String licenseFile) throws LicenseClientException {
    return files.licenseFile(licenseFile);
  }

  /** Removes the cached token without telling the server. */
  public void forget() throws LicenseClientException {
    store.forget();
  }

  /**
   * Decides without the network whether this device may run now. A valid check moves the remembered
   * last-seen time forward; if the cache cannot be written, the answer stands and the time is
   * remembered at the next check that can write it.
   */
  public OfflineCheck checkOffline() {
    return store.check();
  }

  private DeviceActivation keep(JsonAnswer answer, boolean newSlot) throws LicenseClientException {
    try {
      return store.keep(WireFormat.grantedToken(answer.body()), answer.status(), newSlot);
    } catch (ParseException e) {
      throw LicenseClientException.unexpected(answer.status(), e.getMessage(), e);
    }
  }

  /**
   * Options in the style of Nimbus's builders. The server, license key, fingerprint, pinned keys
   * and cache file are required.
   */
  public static final class Builder {
    private URI server;
    private String licenseKey;
    private String fingerprint;
    private String deviceName;
    private String platform;
    private JWKSet pinnedJwks;
    private String issuer;
    private Path cacheFile;
    private Duration clockSkew = Duration.ofMinutes(2);
    private Clock clock = Clock.systemUTC();
    private Duration requestTimeout = Duration.ofSeconds(10);
    private HttpClient httpClient;

    private Builder() {}

    /** The server's base URL; HTTPS, or plain HTTP to localhost for development. */
    public Builder server(URI server) {
      this.server = SecureUris.require(Objects.requireNonNull(server, "server"));
      return this;
    }

    public Builder licenseKey(String licenseKey) {
      this.licenseKey = requireText(licenseKey, "licenseKey");
      return this;
    }

    /** What identifies this machine, the same at every start (and nothing personal in clear). */
    public Builder fingerprint(String fingerprint) {
      this.fingerprint = requireText(fingerprint, "fingerprint");
      return this;
    }

    /** A name the customer recognizes in the list of activations, such as "Ada's laptop". */
    public Builder deviceName(String deviceName) {
      this.deviceName = deviceName;
      return this;
    }

    public Builder platform(String platform) {
      this.platform = platform;
      return this;
    }

    /** The server's public keys, shipped with the application: see {@link PinnedJwks}. */
    public Builder pinnedJwks(JWKSet pinnedJwks) {
      this.pinnedJwks = Objects.requireNonNull(pinnedJwks, "pinnedJwks");
      return this;
    }

    /** The tokens' {@code iss}; by default the server URL (the server's public URL). */
    public Builder issuer(String issuer) {
      this.issuer = requireText(issuer, "issuer");
      return this;
    }

    /** Where the token is cached; its directory is made (owner-only) if missing. */
    public Builder cacheFile(Path cacheFile) {
      this.cacheFile = Objects.requireNonNull(cacheFile, "cacheFile");
      return this;
    }

    /** How far the device's clock may be off the server's; two minutes unless set. */
    public Builder clockSkew(Duration clockSkew) {
      if (clockSkew.isNegative()) {
        throw new IllegalArgumentException("the clock skew cannot be negative: " + clockSkew);
      }
      this.clockSkew = clockSkew;
      return this;
    }

    /** The device's clock; tests pass a fixed or movable one. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      if (requestTimeout.isNegative() || requestTimeout.isZero()) {
        throw new IllegalArgumentException("the timeout must be positive: " + requestTimeout);
      }
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** An HttpClient of the application's (proxy, TLS settings); one is made if none is given. */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * @throws IllegalStateException naming a required option that is missing
     * @throws IllegalArgumentException for a key set without a usable Ed25519 key
     */
    public LicenseClient build() {
      require(server, "server");
      require(licenseKey, "licenseKey");
      require(fingerprint, "fingerprint");
      require(pinnedJwks, "pinnedJwks");
      require(cacheFile, "cacheFile");
      String expectedIssuer = issuer != null ? issuer : server.toString().replaceAll("/+$", "");
      LicenseTokenVerifier verifier =
          LicenseTokenVerifier.builder(pinnedJwks, expectedIssuer)
              .clock(clock)
              .clockSkew(clockSkew)
              .build();
      return new LicenseClient(this, verifier);
    }

    private HttpClient httpClient() {
      return httpClient != null
          ? httpClient
          : HttpClient.newBuilder()
              .connectTimeout(requestTimeout)
              // A redirect is not followed: the license key goes to the configured server only.
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }

    private static void require(Object value, String name) {
      if (value == null) {
        throw new IllegalStateException(name + " is required");
      }
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
