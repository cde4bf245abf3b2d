package dev.verdict.learn.ask.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible chat server on loopback for tests: POST /v1/chat/completions answers with a canned
 * chat completion (or an HTTP error, or late), and every request body is kept.
 */
final class StubChatServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "stub-chat-server");
    t.setDaemon(true);
    return t;
  });
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile String reply = "";
  private volatile int status = 200;
  private volatile long delayMillis;

  StubChatServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/v1/chat/completions", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The base URL to give the rephraser, e.g. http://127.0.0.1:PORT/v1. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** The assistant's content in the next replies. */
  StubChatServer replying(String content) {
    this.reply = content;
    return this;
  }

  /** Answers every request with this HTTP status (an error body unless 200). */
  StubChatServer failingWith(int httpStatus) {
    this.status = httpStatus;
    return this;
  }

  /** Waits this long before answering (or until closed). */
  StubChatServer delaying(long millis) {
    this.delayMillis = millis;
    return this;
  }

  /** The request bodies received, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "{\"error\":{\"message\":\"method not allowed\"}}");
        return;
      }
      requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      if (delayMillis > 0) {
        closing.await(delayMillis, TimeUnit.MILLISECONDS);
      }
      if (status != 200) {
        send(exchange, status, "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}");
        return;
      }
      send(exchange, 200, completion(reply));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (timeout): nothing to answer
    }
  }

  private static String completion(String content) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-stub");
    root.put("object", "chat.completion");
    root.put("created", 1_767_225_600L);
    root.put("model", "llama3.2");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    message.put("content", content);
    choice.put("finish_reason", "stop");
    ObjectNode usage = root.putObject("usage");
    usage.put("prompt_tokens", 120);
    usage.put("completion_tokens", 40);
    usage.put("total_tokens", 160);
    return JSON.writeValueAsString(root);
  }

  private static void send(HttpExchange exchange, int code, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
