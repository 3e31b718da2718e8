package cn.communityworkers.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * The machine's Chromium (Debian package {@code chromium}, or the path in {@code E2E_CHROMIUM}), headless,
 * driven by Playwright. Playwright never downloads a browser. Each user gets a context of their own (own
 * cookies, own login) with a Chinese browser language.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "e2e");
    static final String LOCALE = "zh-CN";

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        // Tasklist refreshes its lists itself; a busy machine needs more than Playwright's default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String executable = System.getenv().getOrDefault("E2E_CHROMIUM", "/usr/bin/chromium");
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
    }

    /** A fresh browser window for one user, as a Chinese browser would open it. */
    BrowserContext newContext() {
        return newContext(new com.microsoft.playwright.Browser.NewContextOptions());
    }

    /** A fresh browser window of a phone's size ({@code width} x {@code height} CSS pixels, touch), in Chinese. */
    BrowserContext newPhoneContext(int width, int height) {
        return newContext(new com.microsoft.playwright.Browser.NewContextOptions().setIsMobile(true).setHasTouch(true)
                .setDeviceScaleFactor(2), width, height);
    }

    /** A fresh browser window that answers the HTTP Basic login of the audit page as {@code user}. */
    BrowserContext newContext(String user, String password) {
        return newContext(new com.microsoft.playwright.Browser.NewContextOptions().setHttpCredentials(user, password));
    }

    private BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options) {
        return newContext(options, 1440, 1000);
    }

    private BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options, int width,
            int height) {
        BrowserContext context = chromium.newContext(options
                .setBaseURL(baseUrl)
                .setLocale(LOCALE)
                .setTimezoneId("Asia/Shanghai")
                .setExtraHTTPHeaders(Map.of("Accept-Language", "zh-CN,zh;q=0.9"))
                .setViewportSize(width, height));
        context.setDefaultTimeout(20_000);
        return context;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
