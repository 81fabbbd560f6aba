package org.openlicensing.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Speaks HTTP to a running server the way an outside client does: JSON in, JSON out. */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String clientAddress;

  /** A client with an address of its own, sent as X-Forwarded-For to a server trusting us. */
  public ApiClient(URI base) {
    this(base, randomAddress());
  }

  public ApiClient(URI base, String clientAddress) {
    this.base = base;
    this.clientAddress = clientAddress;
  }

  /** Another client of the same server, from another address. */
  public ApiClient fromAnotherAddress() {
    return new ApiClient(base);
  }

  public String clientAddress() {
    return clientAddress;
  }

  private static String randomAddress() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  public ApiResponse patch(String path, Object body, String bearer) {
    Map<String, String> headers = auth(bearer);
    headers.put("Content-Type", "application/merge-patch+json");
    return send("PATCH", path, json(body), headers);
  }

  public ApiResponse put(String path, Object body, String bearer) {
    return send("PUT", path, json(body), auth(bearer));
  }

  public ApiResponse delete(String path, String bearer) {
    return send("DELETE", path, null, auth(bearer));
  }

  public ApiResponse get(String path, String bearer) {
    return send("GET", path, null, auth(bearer));
  }

  public ApiResponse post(String path, Object body) {
    return post(path, body, null);
  }

  public ApiResponse post(String path, Object body, String bearer) {
    return send("POST", path, json(body), auth(bearer));
  }

  public ApiResponse delete(String path, Map<String, String> headers) {
    return send("DELETE", path, null, headers);
  }

  /** A file the server sends, such as an invoice's PDF, with its bytes as they came. */
  public record Download(int status, String contentType, String disposition, byte[] bytes) {}

  public Download download(String path, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    auth(bearer).forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Anything at all: raw bytes and headers of the caller's choosing. */
  public ApiResponse send(String method, String path, byte[] body, Map<String, String> headers) {
    return send(
        method,
        path,
        body,
        headers,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /** Sends the body chunked, without a Content-Length, as a streaming client would. */
  public ApiResponse sendStreaming(
      String method, String path, byte[] body, Map<String, String> headers) {
    return send(
        method,
        path,
        body,
        headers,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
  }

  private ApiResponse send(
      String method,
      String path,
      byte[] body,
      Map<String, String> headers,
      HttpRequest.BodyPublisher publisher) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    boolean hasContentType =
        headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Content-Type"));
    if (body != null && !hasContentType) {
      request.header("Content-Type", "application/json");
    }
    if (clientAddress != null
        && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("X-Forwarded-For"))) {
      request.header("X-Forwarded-For", clientAddress);
    }
    headers.forEach(request::header);
    request.method(method, publisher);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new ApiResponse(
          response.statusCode(), response.headers(), parse(response), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.contains("json") || response.body().isEmpty()) {
      return null;
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(
          "the server answered " + type + " that is not JSON: " + response.body(), e);
    }
  }

  private static Map<String, String> auth(String bearer) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (bearer != null) {
      headers.put("Authorization", "Bearer " + bearer);
    }
    return headers;
  }

  public static byte[] json(Object body) {
    try {
      return body == null ? null : JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
