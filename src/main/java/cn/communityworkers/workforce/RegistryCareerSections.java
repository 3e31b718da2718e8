package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrganisationService;

/**
 * The sections of the career page ({@link CareerSection}) that the registry itself keeps: status, role, grade and
 * pay, contract, assessment, disciplinary actions and investigation, each from the change log ({@link ChangeLog}) and
 * the tables that hold them. A module keeping a part of the career in tables of its own adds a section of its own.
 */
final class RegistryCareerSections {

    static final Map<String, String> STATUSES = Map.of("PROBATION", "试用期", "ACTIVE", "在岗", "SECONDED", "借调",
            "PUBLIC_INSTITUTION_STAFF", "事业单位工作人员", "TERMINATED", "劳动关系终止");
    static final Map<String, String> ROLES = Map.of("SECRETARY", "社区党组织书记", "DIRECTOR", "居民委员会主任",
            "DEPUTY", "副书记、副主任", "COMMITTEE_MEMBER", "\"两委\"委员", "STAFF", "社区专职工作人员");

    private RegistryCareerSections() {
    }

    /** A section of the change log's entries of some attributes, each value shown in words. */
    abstract static class ChangeLogSection implements CareerSection {

        private final ChangeLog changes;
        private final Set<ChangeAttribute> attributes;

        ChangeLogSection(ChangeLog changes, Set<ChangeAttribute> attributes) {
            this.changes = changes;
            this.attributes = attributes;
        }

        @Override
        public List<Entry> entries(String workerId) {
            return changes.of(workerId).stream().filter(change -> attributes.contains(change.attribute()))
                    .map(change -> new Entry(change.effectiveDate(), summary(change), change.reason(),
                            change.processInstanceId()))
                    .toList();
        }

        List<WorkerChange> changesOf(String workerId, ChangeAttribute attribute) {
            return changes.of(workerId).stream().filter(change -> change.attribute() == attribute).toList();
        }

        /** The change in a line: what changed, from what to what. */
        abstract String summary(WorkerChange change);

        static String fromTo(String what, WorkerChange change, Function<String, String> words) {
            String to = change.newValue() == null ? "无" : words.apply(change.newValue());
            return change.oldValue() == null ? what + ":" + to
                    : what + ":" + words.apply(change.oldValue()) + " → " + to;
        }
    }

    @Component
    static class StatusSection extends ChangeLogSection {

        StatusSection(ChangeLog changes) {
            super(changes, Set.of(ChangeAttribute.STATUS));
        }

        @Override
        public String key() {
            return "status";
        }

        @Override
        public String title() {
            return "人员状态";
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        String summary(WorkerChange change) {
            return fromTo("状态", change, status -> STATUSES.getOrDefault(status, status));
        }
    }

    /** Role changes, with the terms as secretary and the leadership selections. */
    @Component
    static class RoleSection extends ChangeLogSection {

        private final WorkerRepository workers;
        private final CareerRecords careers;

        RoleSection(ChangeLog changes, WorkerRepository workers, CareerRecords careers) {
            super(changes, Set.of(ChangeAttribute.ROLE, ChangeAttribute.SECRETARY_TERM));
            this.workers = workers;
            this.careers = careers;
        }

        @Override
        public String key() {
            return "role";
        }

        @Override
        public String title() {
            return "职务与任期";
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        String summary(WorkerChange change) {
            return change.attribute() == ChangeAttribute.SECRETARY_TERM
                    ? "社区党组织书记任期:" + change.newValue()
                    : fromTo("职务", change, role -> ROLES.getOrDefault(role, role));
        }

        /** The change log's role and term changes, and the terms the roster registered (which no change recorded). */
        @Override
        public List<Entry> entries(String workerId) {
            List<Entry> entries = new ArrayList<>(super.entries(workerId));
            List<WorkerChange> termChanges = changesOf(workerId, ChangeAttribute.SECRETARY_TERM);
            workers.findById(workerId).ifPresent(worker -> worker.getSecretaryTerms().stream()
                    .filter(term -> termChanges.stream().noneMatch(change -> change.newValue() != null
                            && change.newValue().startsWith(term.start().toString())))
                    .forEach(term -> entries.add(new Entry(term.start(), "社区党组织书记任期开始"
                            + (term.end() == null ? "(现任)" : "至" + term.end() + (term.completed() ? ",届满" : ",未届满")),
                            "名册登记", null))));
            careers.leadershipSelections(workerId).forEach(selection -> entries.add(new Entry(
                    selection.recordedOn(), (selection.selected() ? "选拔进入街道(乡镇)领导班子" : "参加街道(乡镇)领导班子选拔,未选任")
                            + (selection.post() == null ? "" : ":" + selection.post()),
                    "选拔途径:" + (selection.selectionRoute() == SelectionRoute.TRANSFER ? "择优调任" : "换届选举"),
                    selection.processInstanceId())));
            return sortedByDate(entries);
        }
    }

    @Component
    static class GradeSection extends ChangeLogSection {

        GradeSection(ChangeLog changes) {
            super(changes, Set.of(ChangeAttribute.GRADE, ChangeAttribute.PAY, ChangeAttribute.QUALIFICATION));
        }

        @Override
        public String key() {
            return "grade";
        }

        @Override
        public String title() {
            return "岗位等级与薪酬";
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        String summary(WorkerChange change) {
            return switch (change.attribute()) {
                case GRADE -> fromTo("岗位等级", change, level -> "第" + level + "级");
                case PAY -> fromTo("月薪酬", change, amount -> amount + "元");
                default -> fromTo("职业资格", change, qualification -> Qualification.valueOf(qualification).label());
            };
        }
    }

    /** The labour contract: kind, end, renewals (the count of fixed-term contracts), a public institution's contract. */
    @Component
    static class ContractSection extends ChangeLogSection {

        private final CareerRecords careers;

        ContractSection(ChangeLog changes, CareerRecords careers) {
            super(changes, Set.of(ChangeAttribute.CONTRACT_KIND, ChangeAttribute.CONTRACT_END,
                    ChangeAttribute.FIXED_TERM_CONTRACTS));
            this.careers = careers;
        }

        @Override
        public String key() {
            return "contract";
        }

        @Override
        public String title() {
            return "劳动合同";
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        String summary(WorkerChange change) {
            return switch (change.attribute()) {
                case CONTRACT_KIND -> fromTo("合同类型", change, kind -> ContractKind.valueOf(kind).label());
                case FIXED_TERM_CONTRACTS -> fromTo("连续订立固定期限劳动合同次数", change, count -> count + "次");
                default -> fromTo("合同期满日", change, Function.identity());
            };
        }

        @Override
        public List<Entry> entries(String workerId) {
            List<Entry> entries = new ArrayList<>(super.entries(workerId));
            careers.institutionContract(workerId).ifPresent(contract -> entries.add(new Entry(contract.startDate(),
                    "与" + contract.institutionName() + "订立事业单位聘用合同", "事业单位工作人员",
                    contract.processInstanceId())));
            return sortedByDate(entries);
        }
    }

    /**
     * Where the worker works and how long they have worked in communities: transfers between communities (统筹调配,
     * 《意见》第3条) and the community work elsewhere in the province credited to them, with its source (第4条).
     */
    @Component
    static class PlacementSection extends ChangeLogSection {

        private final CareerRecords careers;
        private final OrganisationService organisation;

        PlacementSection(ChangeLog changes, CareerRecords careers, OrganisationService organisation) {
            super(changes, Set.of(ChangeAttribute.COMMUNITY, ChangeAttribute.CREDITED_YEARS));
            this.careers = careers;
            this.organisation = organisation;
        }

        @Override
        public String key() {
            return "placement";
        }

        @Override
        public String title() {
            return "工作社区与工作年限";
        }

        @Override
        public int order() {
            return 15;
        }

        @Override
        String summary(WorkerChange change) {
            return change.attribute() == ChangeAttribute.COMMUNITY
                    ? fromTo("调动", change, this::communityName)
                    : fromTo("累计认定的社区工作年限", change, years -> years + "年");
        }

        /** A community by its street and name (东城街道朝阳社区), or its code if it is no longer registered. */
        private String communityName(String communityCode) {
            return organisation.findUnitOfCommunity(communityCode)
                    .map(unit -> unit.streetName() + unit.communityName()).orElse(communityCode);
        }

        @Override
        public List<Entry> entries(String workerId) {
            List<Entry> entries = new ArrayList<>(super.entries(workerId));
            careers.creditedWork(workerId).forEach(work -> entries.add(new Entry(work.toDate(),
                    "认定省内社区工作经历:" + work.fromDate() + "至" + work.toDate() + "," + work.place() + work.unit(),
                    "证明材料:" + work.proof(), work.processInstanceId())));
            return sortedByDate(entries);
        }
    }

    /** The economic-responsibility audits on leaving the post of secretary or director (经济责任审计, 《意见》第11条). */
    @Component
    static class EconomicAuditSection implements CareerSection {

        private final CareerRecords careers;

        EconomicAuditSection(CareerRecords careers) {
            this.careers = careers;
        }

        @Override
        public String key() {
            return "economic-audit";
        }

        @Override
        public String title() {
            return "经济责任审计";
        }

        @Override
        public int order() {
            return 70;
        }

        @Override
        public List<Entry> entries(String workerId) {
            return careers.economicAudits(workerId).stream().map(audit -> new Entry(audit.auditedOn(),
                    "离任经济责任审计(" + audit.posts() + "," + audit.periodStart() + "至" + audit.periodEnd() + "):"
                            + audit.conclusion().label(), audit.findings(), audit.processInstanceId())).toList();
        }
    }

    /** The years rated, each with the assessment instance that rated it, and what followed an unqualified year. */
    @Component
    static class AssessmentSection implements CareerSection {

        private final JdbcClient jdbc;
        private final CareerRecords careers;
        private final WorkerRepository workers;

        AssessmentSection(JdbcClient jdbc, CareerRecords careers, WorkerRepository workers) {
            this.jdbc = jdbc;
            this.careers = careers;
            this.workers = workers;
        }

        @Override
        public String key() {
            return "assessment";
        }

        @Override
        public String title() {
            return "年度考核";
        }

        @Override
        public int order() {
            return 50;
        }

        private record Rated(int year, String campaign) {
        }

        @Override
        public List<Entry> entries(String workerId) {
            Map<Integer, String> campaigns = new HashMap<>();
            jdbc.sql("""
                    select c.assessment_year, c.process_instance_id from assessment a
                      join assessment_campaign c on c.process_instance_id = a.campaign_id
                     where a.worker_id = :worker""").param("worker", workerId)
                    .query((rs, row) -> new Rated(rs.getInt(1), rs.getString(2))).list()
                    .forEach(rated -> campaigns.put(rated.year(), rated.campaign()));
            List<Entry> entries = new ArrayList<>();
            workers.findById(workerId).ifPresent(worker -> worker.getAssessmentHistory().forEach(rated -> {
                String campaign = campaigns.get(rated.year());
                entries.add(new Entry(LocalDate.of(rated.year(), 12, 31), rated.year() + "年度考核:"
                        + rated.rating().label(), campaign == null ? "名册登记" : "年度考核评定", campaign));
            }));
            careers.assessmentConsequences(workerId).forEach(consequence -> entries.add(new Entry(
                    consequence.contractEndedOn() != null ? consequence.contractEndedOn()
                            : LocalDate.of(consequence.assessmentYear(), 12, 31),
                    consequence.assessmentYear() + "年度考核不合格的后续处理:" + consequenceWords(consequence),
                    consequence.improvementMeasure() == null ? consequence.recallReason()
                            : consequence.improvementMeasure(), consequence.processInstanceId())));
            return sortedByDate(entries);
        }

        private static String consequenceWords(WorkerView.AssessmentConsequence consequence) {
            if ("RECALL_PROPOSAL".equals(consequence.path())) {
                return "诫勉谈话" + (Boolean.TRUE.equals(consequence.recallProposed()) ? ",提出罢免建议" : "");
            }
            if (consequence.contractEndedOn() != null) {
                return "解除劳动合同(" + consequence.contractEndedOn() + ")";
            }
            return "培训或调整岗位" + (Boolean.FALSE.equals(consequence.followUpCompetent()) ? ",仍不能胜任" : "");
        }
    }

    /** Disciplinary actions with their period of effect, and investigations opened and closed. */
    @Component
    static class DisciplineSection extends ChangeLogSection {

        private final DisciplinaryActions actions;

        DisciplineSection(ChangeLog changes, DisciplinaryActions actions) {
            super(changes, Set.of(ChangeAttribute.INVESTIGATION));
            this.actions = actions;
        }

        @Override
        public String key() {
            return "discipline";
        }

        @Override
        public String title() {
            return "处分与立案审查调查";
        }

        @Override
        public int order() {
            return 60;
        }

        @Override
        String summary(WorkerChange change) {
            return Boolean.parseBoolean(change.newValue()) ? "立案审查调查" : "解除立案审查调查";
        }

        @Override
        public List<Entry> entries(String workerId) {
            List<Entry> entries = new ArrayList<>(super.entries(workerId));
            List<WorkerChange> recorded = changesOf(workerId, ChangeAttribute.DISCIPLINARY_ACTION);
            actions.of(workerId).forEach(action -> entries.add(new Entry(action.decidedOn(),
                    action.type().label() + "处分,影响期至" + action.effectEnds().minusDays(1),
                    action.decidedBy() + ":" + action.reason(), recorded.stream()
                            .filter(change -> action.type().name().equals(change.newValue())
                                    && action.decidedOn().equals(change.effectiveDate()))
                            .map(WorkerChange::processInstanceId).filter(Objects::nonNull).findFirst()
                            .orElse(null))));
            return sortedByDate(entries);
        }
    }

    static List<CareerSection.Entry> sortedByDate(List<CareerSection.Entry> entries) {
        entries.sort(Comparator.comparing(CareerSection.Entry::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        return entries;
    }
}
