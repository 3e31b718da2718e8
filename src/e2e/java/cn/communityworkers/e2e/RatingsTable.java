package cn.communityworkers.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The street committee's table in the task 确定考核等次 (form {@code street-ratings-confirmation}): one row per worker,
 * found by the worker's number (编号) as the row shows it.
 */
final class RatingsTable {

    private static final String NUMBERS = ".fjs-container input[id*='-Field_RatingWorkerId_']";

    private final Page page;

    RatingsTable(Tasklist tasklist) {
        this.page = tasklist.page();
    }

    /** How many workers the table lists. */
    int rows() {
        return page.locator(NUMBERS).count();
    }

    /** The row (from 0) of the worker numbered {@code workerId}. */
    private int row(String workerId) {
        Number row = (Number) page.evaluate("([selector, id]) => { const input = [...document.querySelectorAll(selector)]"
                + ".find(field => field.value === id);"
                + " return input ? Number(input.id.substring(input.id.lastIndexOf('_') + 1)) : -1; }",
                new Object[] {NUMBERS, workerId});
        if (row.intValue() < 0) {
            throw new AssertionError("no row of " + workerId + " in the table");
        }
        return row.intValue();
    }

    /** The text of the worker's row as the committee reads it (name, community, scores, total, proposal). */
    String shown(String workerId) {
        return page.locator(".fjs-container [id$='-Field_RatingWorkerId_" + row(workerId) + "']")
                .locator("xpath=ancestor::*[contains(@class, 'fjs-layout-row')][1]").innerText();
    }

    /**
     * The first proposal's reason (建议说明, under its row) that contains {@code text}, brought into view; empty when
     * no row has one.
     */
    String reasonContaining(String text) {
        return (String) page.evaluate("text => { const field = [...document.querySelectorAll("
                + "\".fjs-container input[id*='-Field_RatingProposalReason_']\")].find(input => input.value.includes(text));"
                + " if (!field) { return ''; } field.scrollIntoView({block: 'center'}); return field.value; }", text);
    }

    /** Chooses the confirmed rating (确定等次) of the worker's row by its label, e.g. 基本合格. */
    RatingsTable rate(String workerId, String label) {
        Locator display = page.locator(".fjs-container [id$='-Field_RatingConfirmed_" + row(workerId) + "-display']");
        display.click();
        page.locator(".fjs-container .fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText(label))
                .first().dispatchEvent("mousedown");
        assertThat(display).hasText(label);
        return this;
    }

    /** Writes the reason (调整理由) of the worker's row. */
    RatingsTable reason(String workerId, String reason) {
        page.locator(".fjs-container [id$='-Field_RatingOverrideReason_" + row(workerId) + "']").fill(reason);
        return this;
    }
}
