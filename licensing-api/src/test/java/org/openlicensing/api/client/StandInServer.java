package org.openlicensing.api.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server (the JDK's own) that answers as the licensing server would, with the answers
 * each test sets, and records what the client sent. Unset routes answer 404 in the server's problem
 * shape, as Jersey does for a path it does not know.
 */
final class StandInServer implements AutoCloseable {
  /** A request as the server saw it. */
  record Received(String method, String path, String authorization, String body) {}

  private record Answer(int status, String contentType, String body) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private boolean closed;

  private StandInServer(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.start();
  }

  static StandInServer start() throws IOException {
    return new StandInServer(
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void answer(String method, String path, int status, String json) {
    String type = status >= 400 ? "application/problem+json" : "application/json";
    answers.put(method + " " + path, new Answer(status, type, json));
  }

  void answerRaw(String method, String path, int status, String contentType, String body) {
    answers.put(method + " " + path, new Answer(status, contentType, body));
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(
        new Received(method, path, exchange.getRequestHeaders().getFirst("Authorization"), body));
    Answer answer =
        answers.getOrDefault(
            method + " " + path,
            new Answer(
                404,
                "application/problem+json",
                "{\"type\":\"urn:openlicensing:problem:not-found\",\"title\":\"Not found\","
                    + "\"status\":404,\"detail\":\"no resource at this path\","
                    + "\"code\":\"NOT_FOUND\",\"requestId\":\"req-404\"}"));
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    if (bytes.length == 0) {
      exchange.sendResponseHeaders(answer.status(), -1);
    } else {
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.stop(0);
    }
  }
}
