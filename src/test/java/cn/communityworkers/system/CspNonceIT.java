package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import cn.communityworkers.support.IntegrationTest;

/**
 * The webapps' pages while many are loaded at once: every page's scripts carry the nonce of its own answer's
 * Content-Security-Policy, or the browser refuses them all and the page never leaves its spinner. Camunda keeps the
 * nonce where every request shares it ({@link CspNoncePerRequest}); without that filter this test finds pages with
 * another answer's nonce.
 */
@IntegrationTest
class CspNonceIT {

    static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
    static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");
    static final String[] PAGES = {"/camunda/app/welcome/default/", "/camunda/app/tasklist/default/",
        "/camunda/app/cockpit/default/", "/camunda/app/admin/default/"};
    static final int THREADS = 8;
    static final int LOADS = 60;

    @Autowired
    TestRestTemplate rest;

    @Test
    void everyPageLoadedAtOnceWithOthersCarriesItsOwnPolicysNonce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String page = PAGES[t % PAGES.length];
                results.add(threads.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < LOADS; i++) {
                        ResponseEntity<String> answer = rest.getForEntity(page, String.class);
                        assertThat(answer.getStatusCode().value()).as(page).isEqualTo(200);
                        Matcher policy = POLICY_NONCE.matcher(answer.getHeaders().getFirst("Content-Security-Policy"));
                        assertThat(policy.find()).as("the policy of " + page + " names a nonce").isTrue();
                        Matcher scripts = PAGE_NONCE.matcher(answer.getBody());
                        int count = 0;
                        while (scripts.find()) {
                            count++;
                            if (!scripts.group(1).equals(policy.group(1))) {
                                wrong.add(page + ": script nonce " + scripts.group(1) + ", policy " + policy.group(1));
                            }
                        }
                        assertThat(count).as("scripts with a nonce on " + page).isPositive();
                    }
                    return wrong;
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> result : results) {
                wrong.addAll(result.get());
            }
            assertThat(wrong).isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }
}
