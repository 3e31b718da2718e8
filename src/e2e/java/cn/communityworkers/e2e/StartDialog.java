package cn.communityworkers.e2e;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/** Tasklist's 启动流程 dialog: its Camunda Form's controls, used as a person would, and its 启动 button. */
final class StartDialog {

    private StartDialog() {
    }

    static Locator startButton(Page page) {
        return page.locator(".modal-footer").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("启动").setExact(true));
    }

    /** Picks {@code option} of a select by its label, as a person would. */
    static void choose(Locator form, String label, String option) {
        Locator select = form.locator(".fjs-form-field-select").filter(new Locator.FilterOptions()
                .setHas(form.page().locator("label").filter(new Locator.FilterOptions().setHasText(label))));
        select.locator(".fjs-input-group").click();
        select.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^" + quoted(option) + "$"))).click();
    }

    /** A literal for a JavaScript regular expression (Playwright hands patterns to the browser). */
    static String quoted(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }

    /** Types a date into form-js's date field in the format its placeholder asks for. */
    static void date(Locator form, String label, LocalDate date) {
        Locator field = form.getByLabel(Pattern.compile("^" + quoted(label) + "\\*?$"));
        String format = field.getAttribute("placeholder").toLowerCase();
        String typed = format.replace("yyyy", String.valueOf(date.getYear()))
                .replace("mm", String.format("%02d", date.getMonthValue()))
                .replace("dd", String.format("%02d", date.getDayOfMonth()));
        field.fill(typed);
        field.press("Enter");
        // the date picker has taken the date (it rewrites the field from its own value, without leading zeros)
        // and the form no longer asks for it
        PlaywrightAssertions.assertThat(field).hasValue(Pattern.compile("^" + quoted(format)
                .replace("yyyy", String.valueOf(date.getYear()))
                .replace("mm", "0?" + date.getMonthValue())
                .replace("dd", "0?" + date.getDayOfMonth()) + "$"));
        PlaywrightAssertions.assertThat(form.locator(".fjs-form-field")
                .filter(new Locator.FilterOptions().setHas(
                form.page().locator("[id='" + field.getAttribute("id") + "']")))).not().hasClass(Pattern.compile("fjs-has-errors"));
    }
}
