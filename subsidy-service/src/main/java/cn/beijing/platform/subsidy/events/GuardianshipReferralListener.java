package cn.beijing.platform.subsidy.events;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import cn.beijing.platform.common.inbox.IdempotentConsumer;
import cn.beijing.platform.common.inbox.IncomingEvent;
import cn.beijing.platform.common.inbox.PoisonEventException;
import cn.beijing.platform.subsidy.assistance.AssistanceCases;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes the guardianship service's referrals. Each event runs at most once (inbox row and effect in one
 * transaction); a referral published twice under two event ids still opens one case (unique referral id).
 * A body that does not match the schema is poison: it goes to {@code <topic>.dlt} at once.
 */
@Component
class GuardianshipReferralListener {

    static final String REFERRAL_CONSUMER = "subsidy-assistance-referrals";
    static final String INVALIDATION_CONSUMER = "subsidy-conclusion-invalidations";
    private static final Logger log = LoggerFactory.getLogger(GuardianshipReferralListener.class);
    private static final Pattern HOUSEHOLD = Pattern.compile("^HH-[0-9a-f-]{36}$");
    private static final Pattern DISTRICT = Pattern.compile("^11[0-9]{4}$");
    private static final Pattern SUB_DISTRICT = Pattern.compile("^11[0-9]{7}$");

    private final IdempotentConsumer inbox;
    private final AssistanceCases cases;
    private final JsonMapper json;
    private final Counter opened;
    private final Counter duplicateEvents;
    private final Counter duplicateReferrals;

    GuardianshipReferralListener(IdempotentConsumer inbox, AssistanceCases cases, JsonMapper json, MeterRegistry meters) {
        this.inbox = inbox;
        this.cases = cases;
        this.json = json;
        this.opened = referrals(meters, "opened");
        this.duplicateEvents = referrals(meters, "duplicate-event");
        this.duplicateReferrals = referrals(meters, "duplicate-referral");
    }

    private static Counter referrals(MeterRegistry meters, String outcome) {
        return Counter.builder("subsidy.assistance.referrals").tag("outcome", outcome)
                .description("Assistance referral events consumed, by outcome").register(meters);
    }

    @KafkaListener(topics = SubsidyEvents.ASSISTANCE_REFERRAL_TOPIC,
            groupId = "${platform.kafka.group-prefix:}" + REFERRAL_CONSUMER)
    void onReferral(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        AssistanceReferral referral = validated(read(event, AssistanceReferral.class));
        AtomicBoolean caseOpened = new AtomicBoolean();
        boolean ran = Boolean.TRUE.equals(inbox.handleOnce(REFERRAL_CONSUMER, event,
                () -> cases.open(referral).doOnNext(caseOpened::set)).block(Duration.ofSeconds(30)));
        if (!ran) {
            duplicateEvents.increment();
            log.info("assistance referral event {}: duplicate (event id already processed), nothing done", event.id());
        } else if (!caseOpened.get()) {
            // the same referral re-sent under a new event id: its case exists, no second one is opened
            duplicateReferrals.increment();
            log.info("assistance referral event {}: duplicate (its referral already has a case), nothing opened",
                    event.id());
        } else {
            opened.increment();
            log.info("assistance referral event {}: processed, case opened", event.id());
        }
    }

    @KafkaListener(topics = SubsidyEvents.CONCLUSION_INVALIDATED_TOPIC,
            groupId = "${platform.kafka.group-prefix:}" + INVALIDATION_CONSUMER)
    void onInvalidation(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        ConclusionInvalidated invalidated = read(event, ConclusionInvalidated.class);
        List<java.util.UUID> referrals = invalidated.assistanceReferralIds() == null ? List.of()
                : invalidated.assistanceReferralIds();
        inbox.handleOnce(INVALIDATION_CONSUMER, event, () -> cases.reviewAfterInvalidation(referrals))
                .block(Duration.ofSeconds(30));
    }

    private <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.readValue(event.body(), type);
        } catch (JacksonException e) {
            throw new PoisonEventException("unreadable " + event.topic() + " body (event " + event.id() + ")", e);
        }
    }

    /** The schema's required fields and patterns; a charity referral without recorded consent is never accepted. */
    static AssistanceReferral validated(AssistanceReferral r) {
        if (r.referralId() == null || r.assessmentId() == null || blank(r.referringAgency()) || r.kind() == null
                || r.householdSituation() == null || r.need() == null || r.channel() == null
                || r.referredOn() == null || r.basis() == null || r.basis().isEmpty()) {
            throw new PoisonEventException("assistance referral without a required field");
        }
        if (r.householdReference() == null || !HOUSEHOLD.matcher(r.householdReference()).matches()
                || r.districtCode() == null || !DISTRICT.matcher(r.districtCode()).matches()
                || r.subDistrictCode() == null || !SUB_DISTRICT.matcher(r.subDistrictCode()).matches()) {
            throw new PoisonEventException("assistance referral with a malformed reference or division code");
        }
        if (r.kind() == AssistanceReferral.Kind.CHARITY_ASSISTANCE && r.consentRecordedOn() == null) {
            // 京民社救发〔2024〕111号 二(二)4: charity referrals only with the family's consent
            throw new PoisonEventException("charity referral without recorded consent");
        }
        if (r.consentRecordedOn() != null && r.consentRecordedOn().isAfter(r.referredOn())) {
            throw new PoisonEventException("consent recorded after the referral");
        }
        return r;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
