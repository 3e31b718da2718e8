package cn.communityworkers.training;

import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A worker's trainings (《意见》第8条): recorded by the personnel offices, shown with the worker. */
@RestController
class TrainingController {

    private final TrainingRecords trainings;

    TrainingController(TrainingRecords trainings) {
        this.trainings = trainings;
    }

    /** The worker's trainings, latest first. */
    @GetMapping("/api/workers/{workerId}/trainings")
    List<TrainingRecords.Training> trainings(@PathVariable String workerId) {
        return trainings.of(workerId);
    }

    /** Records a training of the worker (their street's personnel office, the county's); the training as recorded. */
    @PostMapping("/api/workers/{workerId}/trainings")
    @ResponseStatus(HttpStatus.CREATED)
    TrainingRecords.Training record(@PathVariable String workerId,
            @RequestBody TrainingRecords.TrainingRequest request) {
        return trainings.record(workerId, request);
    }

    record ImportReport(int imported) {
    }

    /**
     * Trainings of several workers from a CSV file (UTF-8, header {@code workerId,course,level,hours,completedOn}), all
     * or none, each row as one recorded by hand; the personnel offices of each row's worker.
     */
    @PostMapping(path = "/api/trainings/import", consumes = {"text/csv", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    ImportReport importCsv(InputStream content) {
        return new ImportReport(trainings.importCsv(content));
    }
}
