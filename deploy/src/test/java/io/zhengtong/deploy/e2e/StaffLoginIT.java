package io.zhengtong.deploy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import io.zhengtong.platform.test.DemoAccounts;

/** A county clerk logs in to the OA through the gateway, with a password or with their certificate. */
class StaffLoginIT extends BrowserTest {

    private static final String CLERK = DemoAccounts.COUNTY_OFFICE_EDITOR;

    static void assertOaShellShowsTheClerkAndTheirUnit(Page page) {
        page.waitForURL(Pattern.compile(".*/oa/.*"));
        assertThat(page.getByText(DemoAccounts.COUNTY_OFFICE_EDITOR_NAME).first()).isVisible();
        assertThat(page.getByText(DemoAccounts.COUNTY_OFFICE_NAME).first()).isVisible();
    }

    static void logInWithPassword(Page page) {
        logInToOa(page, CLERK);
    }

    @Test
    void aClerkLogsInWithTheirPasswordAndTheOaShowsTheirUnit() {
        Page page = newContext(null).newPage();

        logInWithPassword(page);

        assertOaShellShowsTheClerkAndTheirUnit(page);
        assertThat(page).hasURL(Pattern.compile("^" + RunningPlatform.PUBLIC_URL + "/oa/.*"));
    }

    @Test
    void everyServiceKnowsTheLoggedInClerkAndDescribesItsApiThroughTheGateway() {
        Page page = newContext(null).newPage();
        logInWithPassword(page);
        assertOaShellShowsTheClerkAndTheirUnit(page);

        for (String service : RunningPlatform.SERVICES) {
            APIResponse me = page.request().get("/api/" + service + "/me");

            assertThat(me.status()).as("GET /api/%s/me", service).isEqualTo(200);
            assertThat(me.text()).as("GET /api/%s/me", service)
                .contains("\"username\":\"" + CLERK + "\"")
                .contains("\"unitCode\":\"" + DemoAccounts.COUNTY_OFFICE_CODE + "\"");

            APIResponse openApi = page.request().get("/api/" + service + "/v3/api-docs");
            assertThat(openApi.status()).as("OpenAPI of %s through the gateway", service).isEqualTo(200);
            assertThat(openApi.text()).contains("/api/" + service + "/me");
        }
    }

    @Test
    void loggingOutEndsTheSingleSignOnSession() {
        Page page = newContext(null).newPage();
        logInWithPassword(page);
        assertOaShellShowsTheClerkAndTheirUnit(page);

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("退出登录")).click();
        page.waitForURL(url -> !url.contains("/oa/"));
        open(page, "/oa/");

        page.waitForURL(Pattern.compile(".*/auth/realms/zhengtong/.*"));
        assertThat(page.locator("#password")).isVisible();
    }

    @Test
    void theSameClerkLogsInWithTheirCertificateAndNoPassword() {
        Page page = newContext(RunningPlatform.userCertificate("users", CLERK)).newPage();

        open(page, "/oa/");
        page.waitForURL(Pattern.compile(".*/auth/realms/zhengtong/.*"));
        assertThat(page.locator("body")).containsText(CLERK); // Keycloak names the certificate's owner
        page.locator("#kc-login").click();

        assertOaShellShowsTheClerkAndTheirUnit(page);
    }

    /**
     * The gateway's TLS handshake checks the certificate against the platform CA; Chromium then
     * shows its own "did not accept your login certificate" page. (Playwright, which presents the
     * certificate itself, reports the TLS alert instead.)
     */
    private void assertRefusedAtTheTlsHandshake(String folder) {
        java.nio.file.Path certificates = RunningPlatform.pki().resolve(folder);
        String owner = certificates.toFile().list((dir, name) -> name.endsWith(".p12"))[0].replace(".p12", "");
        Page page = newContext(certificates.resolve(owner + ".p12")).newPage();

        Response response = open(page, "/oa/");

        assertThat(response.ok()).isFalse();
        assertThat(page.content()).contains("certificate unknown");
        assertThat(page.locator("#username")).not().isVisible(); // not even Keycloak's login page
    }

    /**
     * An expired certificate of the platform CA gets through the handshake, and the gateway answers
     * every request made with it with its own page: whose certificate, since when, what to do.
     */
    @Test
    void anExpiredCertificateIsRefusedWithAClearMessage() throws Exception {
        Path certificates = RunningPlatform.pki().resolve("expired");
        String owner = certificates.toFile().list((dir, name) -> name.endsWith(".p12"))[0].replace(".p12", "");
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(certificates.resolve(owner + ".crt"))) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        String expiredOn = DateTimeFormatter.ofPattern("yyyy年M月d日")
            .withZone(ZoneId.of("Asia/Shanghai"))
            .format(certificate.getNotAfter().toInstant());
        Page page = newContext(certificates.resolve(owner + ".p12")).newPage();

        Response response = open(page, "/oa/");

        assertThat(response.status()).isEqualTo(403);
        assertThat(page).hasURL(RunningPlatform.PUBLIC_URL + "/oa/"); // not sent on to Keycloak
        assertThat(page).hasTitle(Pattern.compile("数字证书已过期"));
        assertThat(page.locator("h1")).hasText("数字证书已过期");
        assertThat(page.locator("body")).containsText("您的数字证书（" + owner + "）已于" + expiredOn + "过期");
        assertThat(page.locator("body")).containsText("请联系本单位管理员更换数字证书");
        assertThat(page.locator("body")).containsText("改用用户名和密码登录");
        assertThat(page.locator("#username")).not().isVisible(); // not Keycloak's login form
        assertThat(page.getByText(DemoAccounts.COUNTY_OFFICE_NAME)).not().isVisible(); // not the OA
    }

    @Test
    void aCertificateFromAnotherAuthorityIsRefused() {
        assertRefusedAtTheTlsHandshake("untrusted");
    }
}
