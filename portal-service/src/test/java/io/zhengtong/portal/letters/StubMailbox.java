package io.zhengtong.portal.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for mailbox-service's public API on a local port: answers what a test told it for
 * "METHOD /path", 404 problem otherwise, and records every request (to check what the website
 * sent: headers, bodies, that no password travels in a URL).
 */
final class StubMailbox {

    record Answer(int status, String json, Map<String, String> headers) {
    }

    record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private StubMailbox(HttpServer server) {
        this.server = server;
    }

    static StubMailbox start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StubMailbox stub = new StubMailbox(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, new Answer(status, json, Map.of()));
    }

    void answer(String methodAndPath, int status, String json, Map<String, String> headers) {
        answers.put(methodAndPath, new Answer(status, json, headers));
    }

    void forget(String methodAndPath) {
        answers.remove(methodAndPath);
    }

    List<Request> requests() {
        return requests;
    }

    Request last(String methodAndPath) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            Request r = requests.get(i);
            if ((r.method() + " " + r.path()).equals(methodAndPath)) {
                return r;
            }
        }
        return null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        // The answer is chosen before the request is counted: a test that changes the answer once it
        // sees a request (MailboxOverloadIT) then changes the next answer, never this one.
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path, new Answer(404,
                "{\"type\":\"about:blank\",\"title\":\"请求的资源不存在\",\"status\":404,\"detail\":\"No static resource.\"}", Map.of()));
        requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                answer.status() >= 400 ? "application/problem+json" : "application/json");
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
