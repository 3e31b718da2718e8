package cn.communityworkers.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The street committee's table in the task 确定考核等次 (form {@code street-ratings-confirmation}): one row per worker,
 * found by the worker's name as the row shows it.
 */
final class RatingsTable {

    private final Page page;

    RatingsTable(Tasklist tasklist) {
        this.page = tasklist.page();
    }

    /** How many workers the table lists. */
    int rows() {
        return page.locator(".fjs-container input[id*='-Field_RatingWorkerName_']").count();
    }

    /** The row (from 0) of the worker called {@code name}. */
    int row(String name) {
        Object row = page.evaluate("name => { const input = [...document.querySelectorAll("
                + "\".fjs-container input[id*='-Field_RatingWorkerName_']\")].find(field => field.value === name);"
                + " return input ? Number(input.id.substring(input.id.lastIndexOf('_') + 1)) : -1; }", name);
        if (((Number) row).intValue() < 0) {
            throw new AssertionError("no row of " + name + " in the table");
        }
        return ((Number) row).intValue();
    }

    /** The value a field of the worker's row shows (a select: its label). */
    String shown(String name, String fieldId) {
        int row = row(name);
        Locator display = page.locator(".fjs-container [id$='-" + fieldId + "_" + row + "-display']");
        return display.count() > 0 ? display.innerText().trim()
                : page.locator(".fjs-container [id$='-" + fieldId + "_" + row + "']").inputValue();
    }

    /** Chooses the confirmed rating (确定等次) of the worker's row by its label, e.g. 基本合格. */
    RatingsTable rate(String name, String label) {
        int row = row(name);
        page.locator(".fjs-container [id$='-Field_RatingConfirmed_" + row + "-display']").click();
        page.locator(".fjs-container .fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText(label))
                .first().dispatchEvent("mousedown");
        assertThat(page.locator(".fjs-container [id$='-Field_RatingConfirmed_" + row + "-display']")).hasText(label);
        return this;
    }

    /** Writes the reason (调整理由) of the worker's row. */
    RatingsTable reason(String name, String reason) {
        page.locator(".fjs-container [id$='-Field_RatingOverrideReason_" + row(name) + "']").fill(reason);
        return this;
    }
}
