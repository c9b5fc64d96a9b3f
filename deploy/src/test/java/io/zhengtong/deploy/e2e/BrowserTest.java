package io.zhengtong.deploy.e2e;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.ClientCertificate;
import com.microsoft.playwright.options.WaitUntilState;

/** Tests that drive the Debian Chromium, headless, as a county clerk would use it. */
abstract class BrowserTest {

    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    static Playwright playwright;
    static Browser browser;
    BrowserContext context;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Path.of(System.getProperty("zhengtong.e2e.chromium", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    // The login form is usable once the document is parsed; Keycloak's images need not have loaded.
    private static final Page.NavigateOptions DOCUMENT_READY = new Page.NavigateOptions()
        .setWaitUntil(WaitUntilState.DOMCONTENTLOADED);

    /**
     * Opens a page. The first navigation of a fresh context sometimes stalls before any request
     * reaches the gateway, after a context that presented a client certificate (see the README's
     * known issues); one retry keeps that from failing a test about something else, and is reported.
     */
    static Response open(Page page, String path) {
        try {
            return page.navigate(path, DOCUMENT_READY);
        }
        catch (TimeoutError stalled) {
            System.err.println("navigation to " + path + " stalled; retrying once: " + stalled.getMessage().lines().findFirst().orElse(""));
            return page.navigate(path, DOCUMENT_READY);
        }
    }

    /** A fresh browser profile; with a certificate file it is as if the user's USB key were plugged in. */
    BrowserContext newContext(Path certificate) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
            .setLocale("zh-CN")
            .setIgnoreHTTPSErrors(true) // the test CA is not in Chromium's trust store
            .setBaseURL(RunningPlatform.PUBLIC_URL);
        if (certificate != null) {
            options.setClientCertificates(List.of(new ClientCertificate(RunningPlatform.PUBLIC_URL)
                .setPfxPath(certificate)
                .setPassphrase(RunningPlatform.pkiPassword())));
        }
        context = browser.newContext(options);
        context.setDefaultTimeout(20_000);
        return context;
    }
}
