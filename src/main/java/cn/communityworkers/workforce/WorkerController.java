package cn.communityworkers.workforce;

import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workers")
class WorkerController {

    private final WorkerRegistry workers;
    private final CareerChanges changes;
    private final WorkerCsv csv;
    private final CareerPage careers;

    WorkerController(WorkerRegistry workers, CareerChanges changes, WorkerCsv csv, CareerPage careers) {
        this.workers = workers;
        this.careers = careers;
        this.changes = changes;
        this.csv = csv;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WorkerView register(@RequestBody WorkerRecord record) {
        return workers.register(record);
    }

    @GetMapping("/{workerId}")
    WorkerView get(@PathVariable String workerId) {
        return workers.view(workerId);
    }

    /** The worker's whole career, by section and as a timeline, for whoever may see the worker. */
    @GetMapping("/{workerId}/career")
    CareerPage.Career career(@PathVariable String workerId) {
        return careers.of(workerId);
    }

    /** A change of role (e.g. staff elected deputy): the grade by the category's rules, see {@link CareerChanges#changeRole}. */
    @PutMapping("/{workerId}/role")
    WorkerView changeRole(@PathVariable String workerId, @RequestBody CareerChanges.RoleChange change) {
        return changes.changeRole(workerId, change);
    }

    /** The identity number of a worker registered before numbers were kept, see {@link CareerChanges#recordIdCardNumber}. */
    @PutMapping("/{workerId}/id-card-number")
    WorkerView recordIdCardNumber(@PathVariable String workerId,
            @RequestBody CareerChanges.IdCardNumberRequest request) {
        return changes.recordIdCardNumber(workerId, request);
    }

    /** Records a disciplinary action (the worker's street and county personnel offices); the worker as now on file. */
    @PostMapping("/{workerId}/disciplinary-actions")
    @ResponseStatus(HttpStatus.CREATED)
    WorkerView recordDisciplinaryAction(@PathVariable String workerId,
            @RequestBody CareerChanges.DisciplinaryActionRequest request) {
        return changes.recordDisciplinaryAction(workerId, request);
    }

    /** Puts a worker under investigation or releases them (the county organisation department), with a reason. */
    @PutMapping("/{workerId}/investigation")
    WorkerView changeInvestigation(@PathVariable String workerId,
            @RequestBody CareerChanges.InvestigationRequest request) {
        return changes.changeInvestigation(workerId, request);
    }

    record ImportReport(int imported, List<String> workerIds) {
    }

    /**
     * The go-live import of an existing roster: UTF-8 CSV with a header row, all or nothing. The body is read as it
     * arrives; its size is limited by {@code security.max-upload-size}.
     */
    @PostMapping(path = "/import", consumes = {"text/csv", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    ImportReport importRoster(InputStream content) {
        List<String> ids = workers.importRoster(csv.read(content));
        return new ImportReport(ids.size(), ids);
    }
}
