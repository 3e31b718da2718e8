package cn.communityworkers.requests;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/my-requests}: the requests the caller's units started, newest first (page: /requests/). */
@RestController
class MyRequestsController {

    private final MyRequests requests;

    MyRequestsController(MyRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/my-requests")
    List<MyRequests.Request> list() {
        return requests.list();
    }
}
