package io.zhengtong.deploy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.zhengtong.platform.test.DemoAccounts;

/**
 * A citizen with an account, through the gateway: logs in from the website's header and comes back
 * to the page they were on, greeted by name; writes to the county head with name and e-mail filled
 * in from the account and no captcha; still gets the tracking code and password; finds the letter
 * in 我的来信 and opens it without the password; logs out. Nobody else opens it that way: not a
 * visitor without login, not another account.
 */
class CitizenAccountLetterIT extends BrowserTest {

    /** On Keycloak's login page (reached from the website's 登录), back to the page once logged in. */
    private static void logInAtKeycloak(Page page, String username, Pattern backTo) {
        page.waitForURL(Pattern.compile(".*/auth/realms/zhengtong/.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(DemoAccounts.PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(backTo);
    }

    @Test
    void aLoggedInCitizenWritesWithoutCaptchaAndFindsTheLetterInMyLettersWithoutThePassword() {
        String subject = "小区门口缺少无障碍坡道（E2E" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "）";
        Page page = newContextWith(anonymous()).newPage();

        // 登录 in the header, from the mailbox page, and back on it, greeted by name.
        open(page, "/mailbox");
        page.getByTestId("login").click();
        logInAtKeycloak(page, DemoAccounts.CITIZEN, Pattern.compile(".*/mailbox$"));
        assertThat(page.getByTestId("visitor-name")).hasText("王小明");
        assertThat(page.getByTestId("my-letters")).isVisible();
        assertThat(page.getByTestId("login")).hasCount(0);

        // The form knows who writes: name and e-mail filled in, no captcha.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("给县长信箱写信")).click();
        page.waitForURL(Pattern.compile(".*/mailbox/county-head/write$"));
        assertThat(LetterFormFields.writerName(page)).hasValue("王小明");
        assertThat(page.getByLabel("电子邮箱")).hasValue("wang.xiaoming@example.com");
        assertThat(page.locator("input[name=captchaAnswer]")).hasCount(0);
        page.getByLabel("信件类型").selectOption("SUGGESTION");
        page.getByLabel("信件标题").fill(subject);
        page.getByLabel("信件内容").fill("建议在小区门口台阶旁修一条无障碍坡道，方便轮椅和婴儿车。");
        // With the account's e-mail the mobile number is optional: left empty here.
        assertThat(page.locator("label[for=field-contactPhone]")).hasText("手机号码（选填）");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交信件")).click();

        // The paper path stays: code and password on the receipt; and the letter is in 我的来信.
        assertThat(page.locator("h1")).hasText("信件已提交");
        String code = page.getByTestId("tracking-code").textContent().strip();
        assertThat(page.getByTestId("query-password")).hasText(Pattern.compile("[2-9A-Z]{5}-[2-9A-Z]{5}"));
        assertThat(page.getByTestId("in-my-letters")).isVisible();

        page.getByTestId("my-letters").click();
        page.waitForURL(Pattern.compile(".*/mailbox/my$"));
        com.microsoft.playwright.Locator row = page.locator("table[data-test=my-letters-table] tr", new Page.LocatorOptions().setHasText(subject));
        assertThat(row).containsText("县长信箱");
        assertThat(row).containsText("待受理");
        assertThat(row).containsText(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        row.getByRole(AriaRole.LINK).click();
        page.waitForURL(Pattern.compile(".*/mailbox/my/" + code + "$"));
        assertThat(page.locator("#letter-subject")).hasText(subject);
        assertThat(page.getByTestId("letter-status")).hasText("待受理");
        assertThat(page.locator("input[name=password]")).hasCount(0);

        // A visitor without login gets the password form for that address, never the letter.
        Page stranger = newContextWith(anonymous()).newPage();
        open(stranger, "/mailbox/my/" + code);
        assertThat(stranger.locator("main")).not().containsText(subject);
        assertThat(stranger.locator("input[name=password]")).isVisible();

        // Another account neither.
        Page neighbour = newContextWith(anonymous()).newPage();
        open(neighbour, "/mailbox/my");
        neighbour.getByTestId("login-for-my-letters").click();
        logInAtKeycloak(neighbour, DemoAccounts.COUNTY_OFFICE_DRIVER, Pattern.compile(".*/mailbox/my$"));
        assertThat(neighbour.locator("main")).not().containsText(subject);
        open(neighbour, "/mailbox/my/" + code);
        assertThat(neighbour.locator("main")).not().containsText(subject);
        assertThat(neighbour.getByRole(AriaRole.ALERT)).containsText("您的来信中没有这封信");

        // 退出: the website is anonymous again, and 我的来信 asks to log in.
        page.getByTestId("logout").click();
        page.waitForURL(Pattern.compile(Pattern.quote(RunningPlatform.PUBLIC_URL) + "/?$"));
        assertThat(page.getByTestId("login")).isVisible();
        open(page, "/mailbox/my/" + code);
        assertThat(page.locator("main")).not().containsText(subject);
        assertThat(page.getByTestId("login-to-read")).isVisible();
    }
}
