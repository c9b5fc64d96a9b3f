package io.zhengtong.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;

import io.zhengtong.platform.test.DemoAccounts;

/** The gateway keeps no session state: a clerk stays logged in while it restarts (or runs as several replicas). */
class GatewayRestartIT extends BrowserTest {

    @Test
    void aClerkStaysLoggedInAcrossAGatewayRestart() throws Exception {
        Page page = newContext(null).newPage();
        StaffLoginIT.logInWithPassword(page);
        StaffLoginIT.assertOaShellShowsTheClerkAndTheirUnit(page);

        RunningPlatform.launcher("stop", "gateway");
        RunningPlatform.launcher("start", "gateway");

        APIResponse me = page.request().get("/api/portal/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text()).contains("\"username\":\"" + DemoAccounts.COUNTY_OFFICE_EDITOR + "\"");
        page.reload();
        StaffLoginIT.assertOaShellShowsTheClerkAndTheirUnit(page);
    }
}
