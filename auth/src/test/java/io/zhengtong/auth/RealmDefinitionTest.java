package io.zhengtong.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks the realm file the way its users would notice a mistake: the launcher imports it, the
 * services trust its tokens and read its unit directory, the tests log in as its demo users.
 * It reads the file from the classpath, where this module's jar carries it.
 */
class RealmDefinitionTest {

    static final String RESOURCE = "/realm/zhengtong-realm.json";
    static final String ROOT_UNIT = "fengxian";
    static final String DEFAULT_ROLES = "default-roles-zhengtong";
    static final List<String> CONTRACT_ROLES = List.of("citizen", "staff", "editor", "reviewer", "dispatcher",
            "leader", "supervisor", "unit-admin", "platform-admin");
    static final Set<String> UNIT_TYPES = Set.of("county", "government-office", "party-office", "department", "town");
    static final List<String> SERVICE_CLIENTS = List.of("portal-service", "disclosure-service", "mailbox-service",
            "exchange-service", "meeting-service");
    static final String DEMO_PASSWORD = "Zhengtong@2026";
    /** 范建国, the county government office's driver: a member of the unit without {@code staff}. */
    static final String NOT_STAFF_OF_GOV_OFFICE = "fan.jianguo";
    static final Pattern SECRET_PLACEHOLDER = Pattern.compile("\\$\\{ZT_[A-Z0-9_]+_CLIENT_SECRET}");

    static JsonNode realm;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = RealmDefinitionTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("classpath resource %s", RESOURCE).isNotNull();
            realm = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void realmIsZhengtongInChineseByDefault() {
        assertThat(text(realm, "realm")).isEqualTo("zhengtong");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(text(realm, "defaultLocale")).isEqualTo("zh-CN");
        assertThat(strings(realm.path("supportedLocales"))).contains("zh-CN", "en");
        assertThat(text(realm, "sslRequired")).isEqualTo("external");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
    }

    @Test
    void everyUnitHasAUniqueCodeAndItsAttributes() {
        JsonNode root = rootUnit();
        assertThat(attribute(root, "type")).isEqualTo("county");
        List<JsonNode> units = units();
        assertThat(units).as("units under /%s", ROOT_UNIT).hasSizeGreaterThanOrEqualTo(10);

        Set<String> codes = new HashSet<>();
        Set<String> fullNames = new HashSet<>();
        Set<String> shortNames = new HashSet<>();
        for (JsonNode unit : units) {
            String code = text(unit, "name");
            assertThat(code).as("unit code").matches("[a-z][a-z0-9-]*");
            assertThat(codes.add(code)).as("unit code %s is unique", code).isTrue();
            assertThat(text(unit, "path")).isEqualTo("/" + ROOT_UNIT + "/" + code);
            for (String attribute : List.of("fullName", "shortName", "type", "sort")) {
                JsonNode values = unit.path("attributes").path(attribute);
                assertThat(values.isArray() && values.size() == 1 && !values.get(0).asString().isBlank())
                        .as("unit %s has exactly one %s", code, attribute).isTrue();
            }
            assertThat(fullNames.add(attribute(unit, "fullName"))).as("fullName of %s is unique", code).isTrue();
            assertThat(shortNames.add(attribute(unit, "shortName"))).as("shortName of %s is unique", code).isTrue();
            assertThat(attribute(unit, "type")).as("type of %s", code).isIn(UNIT_TYPES).isNotEqualTo("county");
            assertThat(attribute(unit, "sort")).as("sort of %s", code).matches("\\d+");
            assertThat(unit.path("subGroups").isEmpty()).as("unit %s has no sub-units", code).isTrue();
        }
        assertThat(units).extracting(u -> attribute(u, "type"))
                .contains("government-office", "party-office", "department", "town");
    }

    @Test
    void everyDemoUserIsInExactlyOneExistingUnitExceptCitizens() {
        Set<String> unitPaths = new HashSet<>();
        units().forEach(u -> unitPaths.add(text(u, "path")));
        Set<String> usernames = new HashSet<>();
        List<JsonNode> people = demoUsers();
        assertThat(people).hasSizeBetween(12, 20);
        for (JsonNode user : people) {
            String username = text(user, "username");
            assertThat(usernames.add(username)).as("username %s is unique", username).isTrue();
            assertThat(username).as("username").matches("[a-z]+(\\.[a-z]+)+");
            List<String> groups = strings(user.path("groups"));
            Set<String> roles = new HashSet<>(strings(user.path("realmRoles")));
            if (roles.contains("staff")) {
                assertThat(groups).as("units of staff member %s", username).hasSize(1);
                assertThat(unitPaths).as("unit of %s exists", username).contains(groups.get(0));
            } else if (!groups.isEmpty()) {
                // A unit's employee who handles no documents (a driver): in the unit, yet no role of it.
                assertThat(groups).as("units of %s", username).hasSize(1);
                assertThat(unitPaths).as("unit of %s exists", username).contains(groups.get(0));
                assertThat(roles).as("roles of %s, who is not staff", username).containsOnly(DEFAULT_ROLES);
            } else {
                assertThat(roles).as("roles of citizen %s", username).containsOnly(DEFAULT_ROLES);
            }
            assertThat(roles).as("%s gets the default roles (imported users get none otherwise)", username)
                    .contains(DEFAULT_ROLES);
            assertThat(text(user, "firstName")).as("given name of %s", username).isNotBlank();
            assertThat(text(user, "lastName")).as("family name of %s", username).isNotBlank();
            assertThat(text(user, "email")).as("e-mail of %s", username).startsWith(username + "@");
            assertThat(user.path("emailVerified").asBoolean()).isTrue();
            JsonNode credential = user.path("credentials").path(0);
            assertThat(text(credential, "type")).isEqualTo("password");
            assertThat(text(credential, "value")).as("demo password of %s", username).isEqualTo(DEMO_PASSWORD);
            assertThat(credential.path("temporary").asBoolean()).isFalse();
        }
    }

    /** Notifications by SMS reach a unit's people at their {@code phoneNumber} (platform UnitMember). */
    @Test
    void everyStaffMemberHasAMobileNumberOfTheirOwnForSmsNotices() {
        Set<String> numbers = new HashSet<>();
        for (JsonNode user : demoUsers()) {
            String username = text(user, "username");
            List<String> phone = strings(user.path("attributes").path("phoneNumber"));
            if (strings(user.path("realmRoles")).contains("staff")) {
                assertThat(phone).as("phoneNumber of staff member %s", username).singleElement().asString()
                        .matches("1[358][0-9]{9}");
                assertThat(numbers.add(phone.get(0))).as("phone number of %s is nobody else's", username).isTrue();
            } else {
                assertThat(phone).as("phoneNumber of %s, who handles nothing", username).isEmpty();
            }
        }
    }

    /**
     * Keycloak 24+ keeps only the user attributes its user profile declares: an undeclared
     * phoneNumber is dropped at import and never shown to the services.
     */
    @Test
    void theUserProfileDeclaresThePhoneNumberForAdministratorsToReadBesidesTheStandardFields() throws IOException {
        JsonNode providers = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        assertThat(providers).hasSize(1);
        assertThat(text(providers.get(0), "providerId")).isEqualTo("declarative-user-profile");
        JsonNode profile = new ObjectMapper().readTree(providers.get(0).path("config").path("kc.user.profile.config").path(0)
                .asString());
        Map<String, JsonNode> attributes = new HashMap<>();
        profile.path("attributes").forEach(a -> attributes.put(text(a, "name"), a));
        assertThat(attributes).containsOnlyKeys("username", "email", "firstName", "lastName", "phoneNumber");
        JsonNode phone = attributes.get("phoneNumber");
        assertThat(strings(phone.path("permissions").path("view"))).contains("admin");
        assertThat(strings(phone.path("permissions").path("edit"))).containsExactly("admin");
        assertThat(phone.path("required").isMissingNode()).as("citizens register without one").isTrue();
        Pattern valid = Pattern.compile(text(phone.path("validations").path("pattern"), "pattern"));
        demoUsers().stream().flatMap(u -> strings(u.path("attributes").path("phoneNumber")).stream())
                .forEach(number -> assertThat(valid.matcher(number).matches()).as(number).isTrue());
        assertThat(valid.matcher("0917-1234567").matches()).isFalse();
        for (String standard : List.of("email", "firstName", "lastName")) {
            assertThat(strings(attributes.get(standard).path("permissions").path("edit"))).as(standard).contains("user");
        }
    }

    @Test
    void aUnitThatReceivesDocumentsHasAMemberWhoIsNotStaff() {
        // 批办 may name only the unit's staff; the exchange's tests need someone of the unit who is not.
        assertThat(demoUsers()).filteredOn(u -> strings(u.path("groups")).contains("/" + ROOT_UNIT + "/gov-office"))
                .filteredOn(u -> !strings(u.path("realmRoles")).contains("staff"))
                .extracting(u -> text(u, "username")).containsExactly(NOT_STAFF_OF_GOV_OFFICE);
    }

    @Test
    void rolesAreTheContractsAndEveryReferencedRoleExists() {
        Map<String, JsonNode> roles = new HashMap<>();
        for (JsonNode role : realm.path("roles").path("realm")) {
            roles.put(text(role, "name"), role);
        }
        assertThat(roles.keySet()).containsAll(CONTRACT_ROLES).contains(DEFAULT_ROLES);
        CONTRACT_ROLES.forEach(r -> assertThat(text(roles.get(r), "description")).as("description of %s", r).isNotBlank());
        assertThat(text(realm.path("defaultRole"), "name")).isEqualTo(DEFAULT_ROLES);

        // Citizens may register, so the default roles make an account a citizen and nothing more.
        List<String> defaults = strings(roles.get(DEFAULT_ROLES).path("composites").path("realm"));
        assertThat(defaults).contains("citizen").doesNotContainAnyElementsOf(
                CONTRACT_ROLES.stream().filter(r -> !r.equals("citizen")).toList());
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();

        Set<String> granted = new HashSet<>(defaults);
        for (JsonNode user : realm.path("users")) {
            for (String role : strings(user.path("realmRoles"))) {
                assertThat(roles).as("role %s of %s exists", role, text(user, "username")).containsKey(role);
                granted.add(role);
            }
        }
        for (JsonNode role : roles.values()) {
            for (String composite : strings(role.path("composites").path("realm"))) {
                assertThat(roles).as("composite %s of %s exists", composite, text(role, "name")).containsKey(composite);
            }
        }
        assertThat(granted).as("every role has a demo user").containsAll(CONTRACT_ROLES);
    }

    @Test
    void everyDemoMailboxHasADispatcherInItsOwningUnit() {
        // The mailbox service's demo mailboxes (its V2 migration) and their owner units: a letter
        // nobody of the owner unit may accept sits in 新来信 for ever.
        Map<String, String> owners = Map.of("书记信箱", "party-office", "县长信箱", "gov-office",
                "信访局信箱", "petition", "县教育局信箱", "education");
        Set<String> unitsWithDispatcher = new HashSet<>();
        for (JsonNode user : demoUsers()) {
            if (strings(user.path("realmRoles")).contains("dispatcher")) {
                strings(user.path("groups")).forEach(g -> unitsWithDispatcher.add(g.substring(g.lastIndexOf('/') + 1)));
            }
        }
        owners.forEach((mailbox, unit) ->
                assertThat(unitsWithDispatcher).as("a dispatcher of %s (owner of %s)", unit, mailbox).contains(unit));
    }

    @Test
    void demoPasswordSatisfiesThePasswordPolicy() {
        String policy = text(realm, "passwordPolicy");
        assertThat(policy).contains("length(10)", "upperCase(1)", "lowerCase(1)", "digits(1)", "specialChars(1)",
                "notUsername", "passwordHistory(3)");
        assertThat(DEMO_PASSWORD).hasSizeGreaterThanOrEqualTo(10).containsPattern("[A-Z]").containsPattern("[a-z]")
                .containsPattern("[0-9]").containsPattern("[^A-Za-z0-9]");
        demoUsers().forEach(u -> assertThat(DEMO_PASSWORD).doesNotContainIgnoringCase(text(u, "username")));
    }

    @Test
    void noLiteralSecretIsCommitted() {
        List<String> secrets = new ArrayList<>();
        collectSecrets(realm, secrets);
        assertThat(secrets).isNotEmpty().allSatisfy(secret -> assertThat(secret).matches(SECRET_PLACEHOLDER));
        for (JsonNode client : realm.path("clients")) {
            String clientId = text(client, "clientId");
            if (client.path("publicClient").asBoolean()) {
                assertThat(client.has("secret")).as("public client %s has no secret", clientId).isFalse();
            } else {
                assertThat(text(client, "secret")).as("secret of %s", clientId).matches(SECRET_PLACEHOLDER);
            }
        }
    }

    @Test
    void contractClientsAreThereWithTheirGrants() {
        JsonNode gateway = client("zhengtong-gateway");
        assertThat(gateway.path("publicClient").asBoolean()).isFalse();
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(gateway.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(text(gateway.path("attributes"), "pkce.code.challenge.method")).isEqualTo("S256");
        assertThat(strings(gateway.path("redirectUris"))).containsExactlyInAnyOrder("https://localhost:8443/*",
                "http://localhost:8080/*");
        assertThat(text(gateway, "secret")).isEqualTo("${ZT_GATEWAY_CLIENT_SECRET}");

        JsonNode cli = client("zhengtong-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();

        JsonNode certCli = client("zhengtong-cert-cli");
        assertThat(certCli.path("publicClient").asBoolean()).isTrue();
        assertThat(certCli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        String grantFlow = text(certCli.path("authenticationFlowBindingOverrides"), "direct_grant");
        assertThat(flowById(grantFlow).path("authenticationExecutions")).anySatisfy(e -> {
            assertThat(text(e, "authenticator")).isEqualTo("direct-grant-auth-x509-username");
            assertThat(text(e, "requirement")).isEqualTo("REQUIRED");
        });

        Map<String, JsonNode> serviceAccounts = new HashMap<>();
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                serviceAccounts.put(text(user, "serviceAccountClientId"), user);
            }
        }
        for (String clientId : SERVICE_CLIENTS) {
            JsonNode service = client(clientId);
            assertThat(service.path("serviceAccountsEnabled").asBoolean()).as(clientId).isTrue();
            assertThat(service.path("publicClient").asBoolean()).as(clientId).isFalse();
            assertThat(service.path("standardFlowEnabled").asBoolean()).as(clientId).isFalse();
            assertThat(service.path("directAccessGrantsEnabled").asBoolean()).as(clientId).isFalse();
            JsonNode account = serviceAccounts.get(clientId);
            assertThat(account).as("service account user of %s", clientId).isNotNull();
            assertThat(text(account, "username")).isEqualTo("service-account-" + clientId);
            assertThat(strings(account.path("clientRoles").path("realm-management")))
                    .as("admin API roles of %s", clientId).contains("view-users", "query-groups");
        }
    }

    @Test
    void flowsReferencedByBindingsExistAndCheckCertificates() {
        Set<String> flowAliases = new HashSet<>();
        realm.path("authenticationFlows").forEach(f -> flowAliases.add(text(f, "alias")));
        Map<String, JsonNode> configs = new HashMap<>();
        realm.path("authenticatorConfig").forEach(c -> configs.put(text(c, "alias"), c));

        JsonNode browser = flowByAlias(text(realm, "browserFlow"));
        assertThat(browser.path("topLevel").asBoolean()).isTrue();
        List<JsonNode> steps = new ArrayList<>();
        browser.path("authenticationExecutions").forEach(steps::add);
        int x509 = indexOf(steps, "auth-x509-client-username-form");
        int forms = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).path("authenticatorFlow").asBoolean()) {
                forms = i;
            }
        }
        assertThat(x509).as("X.509 form in the browser flow").isGreaterThanOrEqualTo(0);
        assertThat(text(steps.get(x509), "requirement")).isEqualTo("ALTERNATIVE");
        assertThat(forms).as("password forms come after the certificate").isGreaterThan(x509);
        assertThat(steps.get(x509).path("priority").asInt()).isLessThan(steps.get(forms).path("priority").asInt());

        for (JsonNode client : realm.path("clients")) {
            for (JsonNode flowId : client.path("authenticationFlowBindingOverrides")) {
                assertThat(flowById(flowId.asString()).path("topLevel").asBoolean())
                        .as("flow bound to %s", text(client, "clientId")).isTrue();
            }
        }
        for (JsonNode flow : realm.path("authenticationFlows")) {
            for (JsonNode execution : flow.path("authenticationExecutions")) {
                if (execution.has("flowAlias")) {
                    assertThat(flowAliases).contains(text(execution, "flowAlias"));
                }
                if (execution.has("authenticatorConfig")) {
                    String alias = text(execution, "authenticatorConfig");
                    assertThat(configs).as("authenticator config %s", alias).containsKey(alias);
                    String authenticator = text(execution, "authenticator");
                    if (authenticator.contains("x509")) {
                        JsonNode config = configs.get(alias).path("config");
                        assertThat(text(config, "x509-cert-auth.mapping-source-selection")).isEqualTo("Subject's Common Name");
                        assertThat(text(config, "x509-cert-auth.mapper-selection")).isEqualTo("Username or Email");
                        assertThat(text(config, "x509-cert-auth.revalidate-certificate-enabled")).isEqualTo("true");
                        assertThat(text(config, "x509-cert-auth.timestamp-validation-enabled")).isEqualTo("true");
                        assertThat(text(config, "x509-cert-auth.extendedkeyusage")).isEqualTo("1.3.6.1.5.5.7.3.2");
                    }
                }
            }
        }
    }

    @Test
    void tokensCarryTheUnitCode() {
        Set<String> defaultScopes = new HashSet<>(strings(realm.path("defaultDefaultClientScopes")));
        List<JsonNode> mappers = new ArrayList<>();
        for (JsonNode scope : realm.path("clientScopes")) {
            if (defaultScopes.contains(text(scope, "name"))) {
                scope.path("protocolMappers").forEach(mappers::add);
            }
        }
        assertThat(mappers).filteredOn(m -> "unit_code".equals(text(m.path("config"), "claim.name")))
                .singleElement().satisfies(m -> {
                    assertThat(text(m, "protocolMapper")).isEqualTo("oidc-group-membership-mapper");
                    assertThat(text(m.path("config"), "full.path")).isEqualTo("false");
                    assertThat(text(m.path("config"), "access.token.claim")).isEqualTo("true");
                    assertThat(text(m.path("config"), "id.token.claim")).isEqualTo("true");
                    assertThat(text(m.path("config"), "userinfo.token.claim")).isEqualTo("true");
                });
    }

    // --- helpers -------------------------------------------------------------------------------

    static JsonNode rootUnit() {
        List<JsonNode> roots = new ArrayList<>();
        realm.path("groups").forEach(roots::add);
        assertThat(roots).as("top-level groups").extracting(g -> text(g, "name")).containsExactly(ROOT_UNIT);
        return roots.get(0);
    }

    static List<JsonNode> units() {
        List<JsonNode> units = new ArrayList<>();
        rootUnit().path("subGroups").forEach(units::add);
        return units;
    }

    static List<JsonNode> demoUsers() {
        List<JsonNode> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if (!user.has("serviceAccountClientId")) {
                users.add(user);
            }
        }
        return users;
    }

    static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(text(client, "clientId"))) {
                return client;
            }
        }
        throw new AssertionError("client " + clientId + " is missing");
    }

    static JsonNode flowById(String id) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (id.equals(text(flow, "id"))) {
                return flow;
            }
        }
        throw new AssertionError("no authentication flow with id " + id);
    }

    static JsonNode flowByAlias(String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (alias.equals(text(flow, "alias"))) {
                return flow;
            }
        }
        throw new AssertionError("no authentication flow with alias " + alias);
    }

    static int indexOf(List<JsonNode> executions, String authenticator) {
        for (int i = 0; i < executions.size(); i++) {
            if (authenticator.equals(text(executions.get(i), "authenticator"))) {
                return i;
            }
        }
        return -1;
    }

    static void collectSecrets(JsonNode node, List<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().toLowerCase().contains("secret") && e.getValue().isString()) {
                    into.add(e.getValue().asString());
                } else {
                    collectSecrets(e.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectSecrets(n, into));
        }
    }

    static String attribute(JsonNode group, String name) {
        return group.path("attributes").path(name).path(0).asString("");
    }

    static String text(JsonNode node, String field) {
        return node.path(field).asString("");
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
