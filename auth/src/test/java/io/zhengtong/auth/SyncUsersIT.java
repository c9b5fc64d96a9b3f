package io.zhengtong.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code realm/sync-users.sh} on the real Keycloak, against a temporary realm that looks like an
 * installation imported before the realm file declared {@code phoneNumber}: a user profile
 * without it (plus an attribute and an unmanaged-attribute policy an operator set) and three
 * demo users without numbers. The
 * shared realm {@code zhengtong} is never touched; the temporary realm is deleted afterwards.
 */
class SyncUsersIT {

    static final Path SCRIPT = Path.of("realm/sync-users.sh");
    static final Path REALM_FILE = Path.of("realm/zhengtong-realm.json");
    static final String KEYCLOAK = Optional.ofNullable(System.getenv("ZT_KEYCLOAK_URL")).orElse("http://127.0.0.1:8180/auth");
    static final String REALM = "zt-sync-users-it-" + UUID.randomUUID().toString().substring(0, 8);
    /** Already in the realm before the sync, imported when the profile did not declare phoneNumber. */
    static final List<String> EARLY_USERS = List.of("zhang.wei", "lin.xue", "li.na");
    static final String OPERATORS_NUMBER = "13800000000";

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static Map<String, String> admin;
    /** The realm file without its fixed ids: the shared realm holds users, groups and roles with those ids. */
    static Path realmFileWithoutIds;
    static JsonNode realmFile;

    @BeforeAll
    static void olderInstallation() throws Exception {
        admin = adminCredentials();
        realmFile = JSON.readTree(REALM_FILE.toFile());
        JsonNode withoutIds = withoutIds(realmFile.deepCopy());
        realmFileWithoutIds = Files.createTempFile("zhengtong-realm-without-ids", ".json");
        JSON.writeValue(realmFileWithoutIds.toFile(), withoutIds);

        ObjectNode realm = JSON.createObjectNode().put("realm", REALM).put("enabled", true);
        ArrayNode roles = realm.putObject("roles").putArray("realm");
        realmFile.path("roles").path("realm").forEach(role -> roles.addObject().put("name", role.path("name").asString()));
        realm.set("groups", withoutIds.path("groups"));
        call("POST", "/admin/realms", realm);

        ObjectNode profile = (ObjectNode) call("GET", realmPath("/users/profile"), null);
        assertThat(profileAttributes(profile)).doesNotContain("phoneNumber");
        ((ArrayNode) profile.path("attributes")).add(JSON.readTree("""
                {"name": "officeRoom", "permissions": {"view": ["admin"], "edit": ["admin"]}}"""));
        profile.put("unmanagedAttributePolicy", "ADMIN_VIEW");
        call("PUT", realmPath("/users/profile"), profile);

        ObjectNode partialImport = JSON.createObjectNode().put("ifResourceExists", "FAIL");
        ArrayNode users = partialImport.putArray("users");
        withoutIds.path("users").forEach(user -> {
            if (EARLY_USERS.contains(user.path("username").asString())) {
                // As the realm file had them before it gave staff a number.
                ObjectNode early = users.addObject().setAll((ObjectNode) user.deepCopy());
                early.withObject("attributes").remove("phoneNumber");
            }
        });
        call("POST", realmPath("/partialImport"), partialImport);
        EARLY_USERS.forEach(username -> assertThat(phoneNumber(username)).as(username).isEmpty());
    }

    @AfterAll
    static void deleteRealm() throws Exception {
        if (admin != null) {
            call("DELETE", realmPath(""), null);
        }
        if (realmFileWithoutIds != null) {
            Files.deleteIfExists(realmFileWithoutIds);
        }
    }

    @Test
    void syncGivesAnOlderRealmTheProfileAndTheNumbersAndKeepsWhatOperatorsChanged() throws Exception {
        String first = sync();

        assertThat(first).contains("user profile: added phoneNumber")
            .contains("users: 17 added, 3 existed")
            .contains("phoneNumber: set for 3 users (")
            .contains("zhang.wei " + fileNumber("zhang.wei"));
        JsonNode profile = call("GET", realmPath("/users/profile"), null);
        assertThat(profileAttributes(profile)).contains("phoneNumber", "officeRoom");
        assertThat(profile.path("unmanagedAttributePolicy").asString()).isEqualTo("ADMIN_VIEW");
        Map<String, String> staffNumbers = fileNumbers();
        assertThat(staffNumbers).hasSize(18);
        staffNumbers.forEach((username, number) -> assertThat(phoneNumber(username)).as(username).contains(number));

        JsonNode linXue = user("lin.xue");
        ((ObjectNode) linXue.path("attributes")).set("phoneNumber", JSON.createArrayNode().add(OPERATORS_NUMBER));
        call("PUT", realmPath("/users/" + linXue.path("id").asString()), linXue);

        String second = sync();

        assertThat(second).contains("user profile: declares every attribute of the realm file, left as it is")
            .contains("users: 0 added, 20 existed")
            .contains("phoneNumber: every demo user has one (18 left as they are)");
        assertThat(phoneNumber("lin.xue")).contains(OPERATORS_NUMBER);
        assertThat(call("GET", realmPath("/users/profile"), null)).isEqualTo(profile);
    }

    static String sync() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("REALM", REALM, "REALM_FILE", realmFileWithoutIds.toString(),
                "KEYCLOAK_URL", KEYCLOAK, "KC_ADMIN_USER", admin.get("KC_ADMIN_USER"),
                "KC_ADMIN_PASSWORD", admin.get("KC_ADMIN_PASSWORD")));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    static Map<String, String> fileNumbers() {
        Map<String, String> numbers = new HashMap<>();
        realmFile.path("users").forEach(user -> {
            String number = user.path("attributes").path("phoneNumber").path(0).asString("");
            if (!number.isEmpty()) {
                numbers.put(user.path("username").asString(), number);
            }
        });
        return numbers;
    }

    static String fileNumber(String username) {
        return fileNumbers().get(username);
    }

    static JsonNode user(String username) {
        JsonNode found = call("GET", realmPath("/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)), null);
        assertThat(found).as(username).hasSize(1);
        return found.path(0);
    }

    static Optional<String> phoneNumber(String username) {
        return Optional.of(user(username).path("attributes").path("phoneNumber").path(0).asString(""))
            .filter(number -> !number.isEmpty());
    }

    static Set<String> profileAttributes(JsonNode profile) {
        return new HashSet<>(profile.path("attributes").findValuesAsString("name"));
    }

    static JsonNode withoutIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("id");
        }
        node.forEach(SyncUsersIT::withoutIds);
        return node;
    }

    static String realmPath(String path) {
        return "/admin/realms/" + REALM + path;
    }

    /** One admin REST call with a fresh token (the master realm's tokens live a minute); fails on an error status. */
    static JsonNode call(String method, String path, JsonNode body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
            var response = HTTP.send(request, BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
            return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(admin.get("KC_ADMIN_USER"), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(admin.get("KC_ADMIN_PASSWORD"), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(form))
            .build();
        var response = HTTP.send(request, BodyHandlers.ofString());
        assertThat(response.statusCode()).as("admin token: %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /** From the environment, as ITs are run: {@code set -a; . .local-infra/secrets.env; set +a}. */
    static Map<String, String> adminCredentials() {
        String password = System.getenv("KC_ADMIN_PASSWORD");
        assertThat(password).as("KC_ADMIN_PASSWORD (set -a; . .local-infra/secrets.env; set +a)").isNotBlank();
        return Map.of("KC_ADMIN_USER", Optional.ofNullable(System.getenv("KC_ADMIN_USER")).orElse("admin"),
                "KC_ADMIN_PASSWORD", password);
    }
}
