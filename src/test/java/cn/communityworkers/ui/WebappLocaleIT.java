package cn.communityworkers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/**
 * The Chinese locale as the webapps receive it: the served config.js (the project's override, not
 * Camunda's) registers {@code zh} with English as fallback, and the served zh.json files translate what a
 * user meets. Tasklist, Welcome, the login and Admin translate every label of Camunda's en.json; Cockpit every
 * label but those of administrators' pages listed in {@code cockpit-labels-in-english.txt}, so a label a Camunda
 * upgrade adds fails this test until it is translated. Every webapp shows the application's own name and no
 * Camunda 8 banner; Tasklist loads the Chinese texts of forms and the phone's scrolling, Cockpit the Chinese
 * headings of decision tables. Cockpit's config.js also leaves "skip custom listeners" unticked.
 */
@IntegrationTest
class WebappLocaleIT {

    static final String APPS = "/camunda/app/";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    @Autowired
    TestRestTemplate rest;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void configRegistersChineseWithEnglishFallback(String app) {
        Api.Response config = api.get(null, APPS + app + "/scripts/config.js");
        assertThat(config.status()).isEqualTo(200);
        String script = config.text().replaceAll("\\s+", "");
        assertThat(script).contains("exportdefault{");
        assertThat(script).containsPattern("availableLocales:\\[[^\\]]*'zh'");
        assertThat(script).contains("fallbackLocale:'en'");
    }

    @Test
    void cockpitRunsTheProcessesListenersWhenItDeletesUnlessTheOperatorSkipsThem() {
        String script = api.get(null, APPS + "cockpit/scripts/config.js").text().replaceAll("\\s+", "");
        assertThat(script).contains("skipCustomListeners:{default:false,hidden:false}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void everyLabelOfCamundasEnglishIsInChineseOrKnowinglyLeftInEnglish(String app) throws IOException {
        JsonNode en = locale(app, "en");
        JsonNode zh = locale(app, "zh");
        Set<String> keptInEnglish = keptInEnglish(app);
        Set<String> untranslated = new TreeSet<>();
        en.path("labels").fieldNames().forEachRemaining(key -> {
            String english = en.path("labels").path(key).asText();
            JsonNode chinese = zh.path("labels").path(key);
            if (!keptInEnglish.contains(key)
                    && (chinese.isMissingNode() || (!english.isBlank() && chinese.asText().isBlank()))) {
                untranslated.add(key);
            }
        });
        assertThat(untranslated).as("labels of %s/locales/en.json missing in zh.json", app).isEmpty();
        // The list of labels left in English names only labels Camunda has and the project did not translate.
        assertThat(keptInEnglish).allSatisfy(key -> {
            assertThat(en.path("labels").has(key)).as("%s is a label of Camunda's %s", key, app).isTrue();
            assertThat(zh.path("labels").has(key)).as("%s is translated: not to be listed as English", key).isFalse();
        });
        assertThat(zh.path("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("登录");
        if (en.has("dateLocales")) {
            List<String> missing = new ArrayList<>();
            en.path("dateLocales").fieldNames().forEachRemaining(field -> {
                if (!zh.path("dateLocales").has(field)) {
                    missing.add(field);
                }
            });
            assertThat(missing).as("date locale of %s", app).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void everyWebappShowsTheApplicationsOwnNameAndNoCamunda8Banner(String app) {
        String script = api.get(null, APPS + app + "/scripts/config.js").text().replaceAll("\\s+", "");
        assertThat(script).contains("vendor:'社区工作者管理'");
        Api.Response styles = api.get(null, APPS + app + "/styles/user-styles.css");
        assertThat(styles.status()).isEqualTo(200);
        assertThat(styles.text().replaceAll("\\s+", "")).contains(".ce-eol-banner{display:none;}");
    }

    @Test
    void tasklistLoadsTheChineseTextsOfFormsAndKeepsTheChosenTaskInViewOnAPhone() {
        String script = api.get(null, APPS + "tasklist/scripts/config.js").text().replaceAll("\\s+", "");
        assertThat(script).contains("customScripts:['scripts/messages-zh','scripts/form-validity','scripts/task-in-view',"
                + "'scripts/my-requests-link']");
        assertThat(api.get(null, APPS + "tasklist/scripts/my-requests-link.js").text()).contains("'/requests/'");
        assertThat(api.get(null, APPS + "tasklist/scripts/messages-zh.js").text())
                .contains("Expand all", "firstDayOfWeek: 1", "Forbidden");
        assertThat(api.get(null, APPS + "tasklist/scripts/task-in-view.js").text()).contains("scrollIntoView");
        String cockpit = api.get(null, APPS + "cockpit/scripts/config.js").text().replaceAll("\\s+", "");
        assertThat(cockpit).contains("customScripts:['scripts/decision-table-zh']");
        assertThat(api.get(null, APPS + "cockpit/scripts/decision-table-zh.js").text()).contains("'Hit policy:'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void chineseLabelsAreChineseAndKeepTheirPlaceholders(String app) {
        JsonNode en = locale(app, "en").path("labels");
        JsonNode zh = locale(app, "zh").path("labels");
        List<String> broken = new ArrayList<>();
        zh.fieldNames().forEachRemaining(key -> {
            assertThat(en.has(key)).as("%s: zh key %s is one of Camunda's", app, key).isTrue();
            if (!placeholders(en.path(key).asText()).equals(placeholders(zh.path(key).asText()))) {
                broken.add(key);
            }
        });
        assertThat(broken).as("%s: labels whose {{placeholders}} differ from English", app).isEmpty();
        long chinese = iterable(zh).stream().filter(value -> value.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertThat(chinese).as("%s: labels written in Chinese", app).isGreaterThan(zh.size() * 3L / 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin"})
    void cockpitAndAdminNavigationIsInChinese(String app) {
        JsonNode zh = locale(app, "zh").path("labels");
        List<String> navigation = app.equals("cockpit")
                ? List.of("COCKPIT_PROCESSES", "COCKPIT_DECISIONS", "COCKPIT_HUMAN_TASKS", "COCKPIT_DEPLOYMENTS",
                        "COCKPIT_BATCHES", "DASHBOARD_DASHBOARD", "DASHBOARD_RUNNING_PROCESS_INSTANCE",
                        "DASHBOARD_OPEN_INCIDENTS", "DASHBOARD_OPEN_HUMAN_TASKS", "PLUGIN_PROCESS_INSTANCES_LABEL",
                        "PLUGIN_INCIDENTS_LABEL", "PLUGIN_USER_TASKS_LABEL", "PLUGIN_VARIABLE_INSTANCES_LABEL",
                        "PAGE_LOGIN_SIGN_IN_ACTION", "CAM_WIDGET_HEADER_SIGN_OUT")
                : List.of("USERS_USERS", "GROUP_EDIT_USERS", "AUTHORIZATION_AUTHORIZATIONS", "SYSTEM_SYSTEM",
                        "DASHBOARD_DASHBOARD", "USERS_LIST_OF_USERS", "GROUPS_LIST_OF_GROUPS",
                        "USERS_CREATE_NEW_USER", "PAGE_LOGIN_SIGN_IN_ACTION", "CAM_WIDGET_HEADER_SIGN_OUT");
        assertThat(navigation).allSatisfy(key -> assertThat(zh.path(key).asText()).as(key)
                .isNotBlank().doesNotContainPattern("[A-Za-z]{3,}"));
    }

    /** The labels of {@code app} the project knowingly leaves in English ({@code <app>-labels-in-english.txt}). */
    private static Set<String> keptInEnglish(String app) throws IOException {
        ClassPathResource list = new ClassPathResource(app + "-labels-in-english.txt");
        if (!list.exists()) {
            return Set.of();
        }
        try (var in = list.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        }
    }

    private JsonNode locale(String app, String language) {
        Api.Response response = api.get(null, APPS + app + "/locales/" + language + ".json");
        assertThat(response.status()).as("%s/locales/%s.json", app, language).isEqualTo(200);
        return response.json();
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        found.sort(null);
        return found;
    }

    private static List<String> iterable(JsonNode labels) {
        List<String> values = new ArrayList<>();
        labels.forEach(value -> values.add(value.asText()));
        return values;
    }
}
