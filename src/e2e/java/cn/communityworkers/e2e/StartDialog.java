package cn.communityworkers.e2e;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
        field.fill(format.replace("yyyy", String.valueOf(date.getYear()))
                .replace("mm", String.format("%02d", date.getMonthValue()))
                .replace("dd", String.format("%02d", date.getDayOfMonth())));
        field.press("Enter");
    }
}
