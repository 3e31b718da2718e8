package cn.communityworkers.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * The machine's Chromium (Debian package {@code chromium}, or the path in {@code E2E_CHROMIUM}), headless,
 * driven by Playwright. Playwright never downloads a browser. Each user gets a context of their own (own
 * cookies, own login) with a Chinese browser language.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "e2e");
    /** A word of two or more Latin letters (a worker id such as W017 is a code, not a word). */
    static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z])");
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

    /**
     * Takes a screenshot of the whole page ({@code target/e2e/<name>.png}), then checks that its text holds no English
     * word but the {@code allowed} ones, once the {@code leftOut} texts (codes the page quotes) are taken out.
     */
    static void screenshotInChinese(Page page, String name, Set<String> allowed, String... leftOut) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
        String text = page.locator("body").innerText();
        for (String code : leftOut) {
            text = text.replace(code, "");
        }
        Set<String> english = new TreeSet<>();
        ENGLISH_WORD.matcher(text).results().map(MatchResult::group).filter(word -> !allowed.contains(word))
                .forEach(english::add);
        if (!english.isEmpty()) {
            throw new AssertionError("English on the screen " + name + ": " + english);
        }
    }

    /**
     * Holds back the answer to the first GET of {@code page} whose address {@code url} accepts until the second such GET
     * has been answered, as a slow network may do; later ones go through. Returns the GETs held so far (a journey
     * checks that both came).
     */
    static List<Route> answerFirstAfterSecond(Page page, Predicate<String> url) {
        List<Route> held = new ArrayList<>();
        APIResponse[] answers = new APIResponse[2];
        page.route(url, route -> {
            if (!route.request().method().equals("GET") || held.size() > 1) {
                route.resume();
                return;
            }
            int which = held.size();
            held.add(route);
            // While a fetch waits, Playwright runs the handler of a request that comes meanwhile: the second GET's
            // handler may run, and end, inside the first's fetch. The handler that gets the later of the two answers
            // fulfils both, the second GET first.
            answers[which] = route.fetch();
            if (answers[0] != null && answers[1] != null) {
                held.get(1).fulfill(new Route.FulfillOptions().setResponse(answers[1]));
                held.get(0).fulfill(new Route.FulfillOptions().setResponse(answers[0]));
            }
        });
        return held;
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
