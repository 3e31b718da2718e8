package cn.communityworkers.training;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.CareerSection;

/** The worker's trainings (培训, 《意见》第8条) on the career page: the course, its level and hours, who recorded it. */
@Component
class TrainingCareerSection implements CareerSection {

    private final TrainingRecords trainings;

    TrainingCareerSection(TrainingRecords trainings) {
        this.trainings = trainings;
    }

    @Override
    public String key() {
        return "training";
    }

    @Override
    public String title() {
        return "培训";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public List<Entry> entries(String workerId) {
        return trainings.of(workerId).stream().sorted(Comparator.comparing(TrainingRecords.Training::completedOn))
                .map(training -> new Entry(training.completedOn(), training.levelName() + "培训:" + training.course()
                        + "(" + training.hours() + "学时)", "登记:" + training.recordedBy(), training.processInstanceId()))
                .toList();
    }
}
