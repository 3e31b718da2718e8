package cn.communityworkers.secondment;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.CareerSection;

/** The worker's secondments (借调) on the career page: where, from when to when, and the instance that approved each. */
@Component
class SecondmentCareerSection implements CareerSection {

    private final SecondmentRepository secondments;

    SecondmentCareerSection(SecondmentRepository secondments) {
        this.secondments = secondments;
    }

    @Override
    public String key() {
        return "secondment";
    }

    @Override
    public String title() {
        return "借调";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public List<Entry> entries(String workerId) {
        return secondments.findByWorkerIdOrderByStartDateAsc(workerId).stream().map(secondment -> new Entry(
                secondment.startDate(), "借调到" + secondment.borrowingOrganization() + "," + secondment.startDate()
                        + "至" + secondment.endDate() + (secondment.returnedOn() == null ? "" : ",已于"
                        + secondment.returnedOn() + "返回"), secondment.purpose(), secondment.processInstanceId()))
                .toList();
    }
}
