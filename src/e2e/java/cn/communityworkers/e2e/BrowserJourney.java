package cn.communityworkers.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/**
 * What every browser journey has: the running application ({@link IntegrationTest}), one Chromium for the journeys
 * of the class ({@link #browser}, Chinese, pointed at the application) and the REST client ({@link #api}) that
 * prepares and checks what the browser cannot show.
 */
@IntegrationTest
abstract class BrowserJourney {

    static Browser browser;

    @Autowired
    TestRestTemplate rest;
    Api api;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void setUpApi() {
        api = new Api(rest);
    }
}
