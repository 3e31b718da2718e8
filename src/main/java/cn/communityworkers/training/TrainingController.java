package cn.communityworkers.training;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A worker's trainings (《意见》第8条): recorded by the personnel offices, shown with the worker. */
@RestController
@RequestMapping("/api/workers/{workerId}/trainings")
class TrainingController {

    private final TrainingRecords trainings;

    TrainingController(TrainingRecords trainings) {
        this.trainings = trainings;
    }

    /** The worker's trainings, latest first. */
    @GetMapping
    List<TrainingRecords.Training> trainings(@PathVariable String workerId) {
        return trainings.of(workerId);
    }

    /** Records a training of the worker (their street's personnel office, the county's); the training as recorded. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TrainingRecords.Training record(@PathVariable String workerId,
            @RequestBody TrainingRecords.TrainingRequest request) {
        return trainings.record(workerId, request);
    }
}
