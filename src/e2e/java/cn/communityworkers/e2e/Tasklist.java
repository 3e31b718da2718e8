package cn.communityworkers.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import cn.communityworkers.support.Api;

/**
 * Camunda Tasklist as one demo user sees it in a Chinese browser: the login, the filter "本组待办", a task
 * and its Camunda Form. Every step is found by its Chinese label, so a step that is not in Chinese fails.
 * Screenshots go to {@code target/e2e/<journey>-<user>-<n>-<step>.png}.
 */
final class Tasklist implements AutoCloseable {

    static final String GROUP_TASKS = "本组待办";
    static final String MY_WORK = "我的工作";
    /** Whether the form shows a value, as text or in one of its (disabled) fields. */
    static final String SHOWS_VALUE = "value => { const form = document.querySelector('.fjs-container');"
            + " return !!form && (form.innerText.includes(value)"
            + " || [...form.querySelectorAll('input, textarea')].some(field => field.value === value)); }";

    /** What an official may see in Latin letters. */
    static final Set<String> ENGLISH_ALLOWED = Set.of();

    private final BrowserContext context;
    private final Page page;
    private final String journey;
    private int shots;

    private Tasklist(BrowserContext context, String journey) {
        this.context = context;
        this.page = context.newPage();
        this.journey = journey;
    }

    /** Logs {@code user} (password {@value Api#PASSWORD}) in to Tasklist through its Chinese login page. */
    static Tasklist logIn(Browser browser, String user, String journey) {
        return logIn(browser.newContext(), user, journey);
    }

    /** Logs {@code user} in to Tasklist on a phone of 390 x 844 CSS pixels. */
    /** As {@link #logIn}, in a window that also answers the HTTP Basic login of the application's own pages. */
    static Tasklist logInWithPages(Browser browser, String user, String journey) {
        return logIn(browser.newContext(user, Api.PASSWORD), user, journey);
    }

    static Tasklist logInOnPhone(Browser browser, String user, String journey) {
        return logIn(browser.newPhoneContext(390, 844), user, journey + "-phone");
    }

    private static Tasklist logIn(BrowserContext context, String user, String journey) {
        Tasklist tasklist = new Tasklist(context, journey + "-" + user);
        Page page = tasklist.page;
        page.navigate("/camunda/app/tasklist/");
        // The login form may still be rendered again while the application loads (a CI run once found the
        // password typed after the user name): wait for the page to settle, then check what the fields hold.
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Locator userName = page.getByPlaceholder("用户名");
        Locator password = page.getByPlaceholder("密码");
        userName.fill(user);
        password.fill(Api.PASSWORD);
        assertThat(userName).hasValue(user);
        assertThat(password).hasValue(Api.PASSWORD);
        tasklist.screenshot("login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(page.getByText(GROUP_TASKS).first()).isVisible();
        return tasklist;
    }

    /**
     * Under "本组待办", opens the task called {@code taskName} whose form concerns {@code subject} (a name
     * the form shows), trying the tasks of that name one by one as an approver would.
     */
    Tasklist openGroupTask(String taskName, String subject) {
        page.locator(".task-filters").getByText(GROUP_TASKS).click();
        Locator cards = page.locator(".tasks-list li.task").filter(new Locator.FilterOptions().setHasText(taskName));
        assertThat(cards.first()).isVisible();
        screenshot("group-tasks");
        for (int i = 0; i < cards.count(); i++) {
            cards.nth(i).locator("h4 a").click();
            assertThat(page.locator(".fjs-container")).isVisible();
            try {
                page.waitForFunction(SHOWS_VALUE, subject, new Page.WaitForFunctionOptions().setTimeout(5_000));
                return this;
            } catch (TimeoutError notThisOne) {
                // another case of the same step: try the next card
            }
        }
        screenshot("not-found");
        throw new AssertionError("no task " + taskName + " about " + subject + " under " + GROUP_TASKS);
    }

    /**
     * In the list Tasklist opens first ("我的工作"), taps the task called {@code taskName} whose list entry names
     * {@code subject} (the worker, one of the list's columns).
     */
    Tasklist openTaskFromDefaultList(String taskName, String subject) {
        assertThat(page.locator(".task-filters .active")).containsText(MY_WORK);
        Locator card = page.locator(".tasks-list li.task").filter(new Locator.FilterOptions().setHasText(taskName))
                .filter(new Locator.FilterOptions().setHasText(subject));
        assertThat(card).hasCount(1);
        screenshot("my-work");
        card.locator("h4 a").click();
        assertThat(page.locator(".fjs-container")).isVisible();
        shows(subject);
        return this;
    }

    /** The task's form is in the window (on a phone: scrolled to, not drawn below the list out of sight). */
    Tasklist formInView() {
        assertThat(page.locator(".task-card h2.task")).isInViewport();
        assertThat(page.locator(".fjs-container")).isInViewport();
        screenshot("form-in-view");
        return this;
    }

    /**
     * "办结" can be tapped although an error is shown: scrolled to, the point at its centre is the button itself,
     * not the notification.
     */
    Tasklist completeNotCovered() {
        Locator button = completeButton();
        button.scrollIntoViewIfNeeded();
        assertThat(page.locator(".page-notifications .alert").first()).isVisible();
        Object onTop = button.evaluate("button => { const box = button.getBoundingClientRect();"
                + " const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);"
                + " return !!top && (top === button || button.contains(top)); }");
        screenshot("error-beside-complete");
        if (!Boolean.TRUE.equals(onTop)) {
            throw new AssertionError("办结 is covered");
        }
        return this;
    }

    /** Claims the open task, so that its form can be completed. */
    Tasklist claim() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("认领")).click();
        assertThat(completeButton()).isEnabled();
        return this;
    }

    /**
     * A field of the task's form, by its Chinese label (a required field's label ends with "*"). The pattern
     * is escaped by hand: Playwright hands it to the browser as a JavaScript regular expression.
     */
    Locator field(String label) {
        return page.locator(".fjs-container").getByLabel(Pattern.compile(
                "^" + label.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "\\*?$"));
    }

    /** The task's form shows {@code text} (a heading, a label or a value). */
    Tasklist shows(String text) {
        page.waitForFunction(SHOWS_VALUE, text);
        return this;
    }

    /** Clicks "办结" (complete). */
    Tasklist complete() {
        try {
            assertThat(completeButton()).isEnabled();
        } catch (AssertionError disabled) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve(journey + "-disabled.png")));
            throw new AssertionError("办结 stays disabled; the form's errors: "
                    + page.locator(".fjs-form-field.fjs-has-errors").allInnerTexts(), disabled);
        }
        completeButton().click();
        return this;
    }

    private Locator completeButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结").setExact(true));
    }

    /**
     * The refusal the approver reads, in Chinese: a notification from the server or a message of the form
     * under a field, containing {@code message} and no English.
     */
    Tasklist refused(String message) {
        Locator refusal = page.locator(".page-notifications .alert, .fjs-form-field-error")
                .filter(new Locator.FilterOptions().setHasText(message)).first();
        assertThat(refusal).isVisible();
        assertThat(refusal).not().containsText(Pattern.compile("Cannot|Field|must"));
        screenshot("refused");
        // The approver closes the notifications once read (the refusal, or its "提交任务表单时出错" beside a
        // form's own message).
        Locator dismiss = page.locator(".page-notifications .alert button.close:visible");
        while (dismiss.count() > 0) {
            dismiss.first().click();
        }
        return this;
    }

    /** The form is invalid: Tasklist does not let the approver complete it. */
    Tasklist cannotComplete() {
        assertThat(completeButton()).isDisabled();
        return this;
    }

    /** The task is done: Tasklist closes it and asks for the next one, with no error shown. */
    Tasklist completed() {
        assertThat(page.getByText("请在列表中选择一个任务。")).isVisible();
        assertThat(page.locator(".page-notifications .alert-danger")).hasCount(0);
        screenshot("completed");
        return this;
    }

    Page page() {
        return page;
    }

    /** Takes a screenshot, then checks that the text it shows has no English word (see {@link #ENGLISH_ALLOWED}). */
    void screenshot(String step) {
        shots++;
        Browser.screenshotInChinese(page, String.format("%s-%02d-%s", journey, shots, step), ENGLISH_ALLOWED);
    }

    @Override
    public void close() {
        context.close();
    }
}
