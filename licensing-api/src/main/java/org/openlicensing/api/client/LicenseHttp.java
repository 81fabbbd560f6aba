package org.openlicensing.api.client;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * JSON requests to the licensing server with the JDK's HttpClient, and the mapping of every answer
 * that is not a success to a {@link LicenseClientException} carrying the problem's {@code code}.
 */
final class LicenseHttp {
  private static final String USER_AGENT = "OpenLicensing-LicenseClient";

  private final HttpClient client;
  private final URI base;
  private final Duration timeout;

  /** A successful answer; the body is empty for 204. */
  record JsonAnswer(int status, Map<String, Object> body) {}

  LicenseHttp(HttpClient client, URI server, Duration timeout) {
    this.client = Objects.requireNonNull(client, "client");
    // Paths resolve against the base, so that a server mounted under a prefix keeps its prefix.
    String text = server.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.timeout = timeout;
  }

  JsonAnswer post(String path, Map<String, ?> body, String licenseKey)
      throws LicenseClientException {
    HttpRequest.Builder request =
        request(path, licenseKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body)));
    return send(request.build());
  }

  JsonAnswer delete(String path, String licenseKey) throws LicenseClientException {
    return send(request(path, licenseKey).DELETE().build());
  }

  private HttpRequest.Builder request(String path, String licenseKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .header("Accept", "application/json, application/problem+json")
            .header("User-Agent", USER_AGENT);
    if (licenseKey != null) {
      request.header("Authorization", "License " + licenseKey);
    }
    return request;
  }

  private JsonAnswer send(HttpRequest request) throws LicenseClientException {
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw LicenseClientException.client(
          LicenseClientException.NETWORK_ERROR,
          request.method() + " " + request.uri() + ": " + e,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw LicenseClientException.client(
          LicenseClientException.NETWORK_ERROR, "interrupted while waiting for the server", e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw failure(status, response.body());
    }
    if (response.body().isBlank()) {
      return new JsonAnswer(status, Map.of());
    }
    try {
      return new JsonAnswer(status, JSONObjectUtils.parse(response.body()));
    } catch (ParseException e) {
      throw LicenseClientException.unexpected(status, "the answer is not a JSON object", e);
    }
  }

  /** A problem+json answer with its code; anything else (a proxy's error page) as unexpected. */
  private static LicenseClientException failure(int status, String body) {
    try {
      Map<String, Object> problem = JSONObjectUtils.parse(body);
      String code = JSONObjectUtils.getString(problem, "code");
      if (code != null && !code.isBlank()) {
        String detail = JSONObjectUtils.getString(problem, "detail");
        return LicenseClientException.problem(
            status,
            code,
            detail != null ? detail : String.valueOf(JSONObjectUtils.getString(problem, "title")),
            JSONObjectUtils.getString(problem, "requestId"));
      }
    } catch (ParseException e) {
      // Not problem+json; reported below with the status alone.
    }
    return LicenseClientException.unexpected(
        status, "HTTP " + status + " without a problem code", null);
  }
}
