// Faults under load against a RUNNING local platform (not part of the Maven build). Run it through run.sh.
//
//   java bench/faults/FaultBench.java <scenario>[,<scenario>...]
//   scenarios: postgres-restart, broker-freeze, broker-restart, service-kill, service-freeze
//
// Environment: FB_GATEWAY (http://localhost:8080), FB_KAFKA (127.0.0.1:19092), FB_CONTROL (http://127.0.0.1:15400,
// the infrastructure JVM's control interface), FB_RUN_DIR (.run, for the PID files), FB_PLATFORM (deploy/local/platform.sh),
// FB_RATE (20 commands/s), FB_WARM (10 s), FB_FAULT (20 s), FB_AFTER (20 s).
//
// Keeps a steady load of four commands in turn — a DRG case settlement, an energy rating (12 buildings, one rating at a
// time per building), a guardianship assistance referral (12 assessments, one at a time per assessment; subsidy-service
// opens a case from each), a kindergarten registration — each with its own X-Request-Id, injects the fault, and then
// follows every request id to its Kafka record (kcat) and the referrals to subsidy's assistance cases. Prints per kind:
// sent, accepted, failed, events expected, found, duplicated, out of order per aggregate, events of failed commands,
// recovery seconds (first 2xx after the fault ended), non-2xx after the fault ended, latencies. Plain JDK 17 + kcat.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FaultBench {

    static final String GATEWAY = env("FB_GATEWAY", "http://localhost:8080");
    static final String KAFKA = env("FB_KAFKA", "127.0.0.1:19092");
    static final String CONTROL = env("FB_CONTROL", "http://127.0.0.1:15400");
    static final Path RUN_DIR = Path.of(env("FB_RUN_DIR", ".run"));
    static final String PLATFORM = env("FB_PLATFORM", "deploy/local/platform.sh");
    static final int RATE = Integer.parseInt(env("FB_RATE", "20"));
    static final int WARM = Integer.parseInt(env("FB_WARM", "10"));
    static final int FAULT = Integer.parseInt(env("FB_FAULT", "20"));
    static final int AFTER = Integer.parseInt(env("FB_AFTER", "20"));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    /** Numbers every command of the run (request ids and DRG case ids stay unique across scenarios). */
    static final AtomicInteger SEQ = new AtomicInteger();

    enum Kind {
        DRG("medical.drg-case-settled.v1"), RATING("energy.building-rated.v1"),
        REFERRAL("guardianship.assistance-referral.v1"), KINDERGARTEN(null);

        final String topic;

        Kind(String topic) {
            this.topic = topic;
        }
    }

    /** One command: what was sent, when, and what came back. */
    static final class Command {
        final Kind kind;
        final int seq;
        final String requestId;
        final String aggregate;
        final long sentAt;
        volatile int status;
        volatile long answeredAt;
        volatile String createdId;

        Command(Kind kind, int seq, String aggregate) {
            this.kind = kind;
            this.seq = seq;
            this.requestId = "fb-" + RUN + "-" + seq;
            this.aggregate = aggregate;
            this.sentAt = System.nanoTime();
        }

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    record KafkaRecord(int partition, long offset, String key, String eventId, String requestId) {
    }

    // tokens and prepared aggregates
    static String hospital, bureau, owner, authority, supervisor, assessor, officer, applicant;
    static final List<String> buildings = new ArrayList<>();
    static final List<String> assessments = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        List<String> scenarios = List.of((args.length > 0 ? args[0]
                : "postgres-restart,broker-freeze,broker-restart,service-kill,service-freeze").split(","));
        prepare();
        for (String scenario : scenarios) {
            run(scenario.trim());
        }
    }

    // ------------------------------------------------------------------------------------------------ preparation

    static void prepare() throws Exception {
        hospital = token("fb-hospital", "HOSPITAL", "SAMPLE-H001");
        bureau = token("fb-bureau", "MEDICAL_BUREAU", "BJ-HSB");
        owner = token("fb-owner", "ENERGY_OWNER", "FB_OWNER_CO");
        authority = token("fb-authority", "ENERGY_AUTHORITY", "BJ-HOUSING");
        supervisor = token("fb-supervisor", "GUARDIANSHIP_SUPERVISOR", "fb-civil-affairs");
        assessor = token("fb-assessor-1", "GUARDIANSHIP_ASSESSOR", "fb-civil-affairs");
        officer = token("fb-officer", "SUBSIDY_OFFICER", "FB-EDUCATION");
        applicant = token("fb-applicant", "APPLICANT", "ORG-FB-" + RUN);

        call("PUT", "/api/medical-insurance/drg-group-table", bureau, "text/csv", """
                # SAMPLE DATA - benchmark only, not the official 附件1/附件2
                code,name,weight,designated_employee_payment,kept_consumables_procurement_group,previous_standard
                SAMPLE-D01,Sample DRG-paid group 1,1.0000,DRG,false,
                SAMPLE-D02,Sample DRG-paid group 2,2.5000,DRG,false,
                """, 200);
        call("PUT", "/api/medical-insurance/drg-hospitals", bureau, "text/csv", """
                # SAMPLE DATA - benchmark only, not the official 附件3
                hospital_code,name,designated,infectious_disease_specialty,level
                SAMPLE-H001,Sample designated hospital 1,true,false,TERTIARY
                """, 200);

        call("PUT", "/api/energy/intensity-limits/2024", authority, "application/json",
                "[{\"buildingType\":\"OFFICE\",\"guideValue\":20,\"constraintValue\":30}]", 200);
        for (int i = 0; i < 12; i++) {
            String body = call("POST", "/api/energy/buildings", owner, "application/json", """
                    {"name":"FB Tower %s-%d","district":"fb-district","buildingType":"OFFICE","totalArea":30000,
                     "publicArea":24000,"stateSecret":false,"stateOrganOffice":false,"yearBuilt":2010,
                     "seismicAppraisedAndReinforced":true,"otherSafetyHazardUnresolved":false,"energyRetrofitted":false,
                     "owner":"FB Owner"}""".formatted(RUN, i), 201);
            String id = field(body, "id");
            call("PUT", "/api/energy/buildings/" + id + "/consumption/2024", owner, "application/json",
                    "{\"consumption\":[{\"carrier\":\"ELECTRICITY\",\"quantity\":" + (9_000_000 + i * 100_000)
                            + "}],\"excludedLoads\":[]}", 200);
            buildings.add(id);
        }

        String base = "/api/guardianship/assessments";
        for (int i = 0; i < 12; i++) {
            String opened = call("POST", base, supervisor, "application/json", """
                    {"date":"2025-04-01","agency":"CIVIL_AFFAIRS","trigger":"CHILD_IN_DIFFICULTY_IDENTIFICATION",
                     "minorSex":"F","minorBirthDate":"2016-03-01","guardians":[{"relationship":"MOTHER"}],
                     "householdSubDistrictCode":"110102001"}""", 201);
            String path = base + "/" + field(opened, "id");
            call("POST", path + "/team-assignments", supervisor, "application/json", """
                    {"date":"2025-04-02","mode":"SELF_ORGANISED","members":[
                     {"subject":"fb-assessor-1","role":"AGENCY_STAFF","conflictOfInterest":false},
                     {"subject":"fb-assessor-2","role":"PSYCHOLOGY_PROFESSIONAL","conflictOfInterest":false}]}""", 200);
            call("POST", path + "/written-notice", supervisor, "application/json", "{\"date\":\"2025-04-04\"}", 200);
            call("POST", path + "/visits", assessor, "application/json", """
                    {"date":"2025-04-05","assessors":[{"sex":"M","credentialShown":true,"conflictOfInterest":false},
                     {"sex":"F","credentialShown":true,"conflictOfInterest":false}],"recordingReference":"REC-FB",
                     "minorViewsRecorded":true}""", 200);
            call("POST", path + "/findings", assessor, "application/json", """
                    {"date":"2025-04-06","findings":[{"indicatorCode":"A1.1","adverse":true,"evidenceNote":"fb"}]}""", 200);
            call("POST", path + "/report", assessor, "application/json", """
                    {"date":"2025-04-07","dutyProperlyFulfilled":false,"hasGuardianshipCapacity":true,
                     "riskConclusion":"LOW","recommendations":["family education guidance"]}""", 200);
            assessments.add(path);
        }
        System.out.printf("prepared: 12 buildings, 12 assessments at report stage, DRG sample tables (run %s)%n", RUN);
    }

    // ------------------------------------------------------------------------------------------------ one scenario

    static void run(String scenario) throws Exception {
        Map<Kind, Integer> casesBefore = Map.of(Kind.REFERRAL, assistanceCases());
        long startMillis = System.currentTimeMillis() - 2000;
        ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();
        Set<String> busy = Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());
        AtomicInteger seq = SEQ;
        AtomicBoolean loading = new AtomicBoolean(true);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = 1_000_000L / RATE;
        ticker.scheduleAtFixedRate(() -> {
            if (loading.get()) {
                send(Kind.values()[seq.get() % 4], seq.getAndIncrement(), busy, commands);
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);

        System.out.printf("%n=== %s: %d s steady load, then the fault for %d s, then %d s more ===%n", scenario, WARM, FAULT, AFTER);
        sleep(WARM);
        long faultAt = System.nanoTime();
        long recoveredAt = inject(scenario);
        long faultEndedAt = System.nanoTime();
        sleep(AFTER);
        loading.set(false);
        ticker.shutdown();
        ticker.awaitTermination(5, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (commands.stream().anyMatch(c -> c.status == 0) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        report(scenario, List.copyOf(commands), startMillis, faultAt, recoveredAt, faultEndedAt, casesBefore);
    }

    /** Injects the fault, ends it, and returns when the injured part accepts work again (the recovery clock's zero). */
    static long inject(String scenario) throws Exception {
        switch (scenario) {
            case "postgres-restart" -> {
                control("/postgres/stop");
                say("PostgreSQL stopped");
                sleep(FAULT);
                control("/postgres/start");
                say("PostgreSQL accepts connections again");
            }
            case "broker-freeze" -> {
                signal("local-infra", "STOP");
                say("infrastructure JVM (Kafka) frozen with SIGSTOP; PostgreSQL, its child process, keeps running");
                sleep(FAULT);
                signal("local-infra", "CONT");
                say("Kafka resumed (SIGCONT)");
            }
            case "broker-restart" -> {
                control("/kafka/stop");
                say("Kafka stopped");
                sleep(FAULT);
                control("/kafka/start");
                say("Kafka serves again");
            }
            case "service-kill" -> {
                signal("guardianship-service", "KILL");
                say("guardianship-service killed (SIGKILL)");
                sleep(FAULT);
                long started = System.nanoTime();
                platform("start", "guardianship-service");
                say("guardianship-service ready again (start took " + seconds(System.nanoTime() - started) + " s)");
            }
            case "service-freeze" -> {
                signal("medical-insurance-service", "STOP");
                say("medical-insurance-service frozen (SIGSTOP)");
                sleep(FAULT);
                signal("medical-insurance-service", "CONT");
                say("medical-insurance-service resumed (SIGCONT)");
            }
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        return System.nanoTime();
    }

    static Kind injured(String scenario) {
        return switch (scenario) {
            case "service-kill" -> Kind.REFERRAL;
            case "service-freeze" -> Kind.DRG;
            default -> null;
        };
    }

    // ------------------------------------------------------------------------------------------------ the load

    static void send(Kind kind, int seq, Set<String> busy, ConcurrentLinkedQueue<Command> commands) {
        String aggregate = null;
        String path;
        String token;
        String body;
        switch (kind) {
            case DRG -> {
                path = "/api/medical-insurance/drg-cases";
                token = hospital;
                body = "{\"hospitalCaseId\":\"FB-%s-%d\",\"hospitalCode\":\"SAMPLE-H001\",\"groupCode\":\"SAMPLE-D0%d\",\"insurance\":\"EMPLOYEE\",\"actualCost\":%d.50,\"dischargeDate\":\"2025-06-%02d\"}"
                        .formatted(RUN, seq, 1 + seq % 2, 8000 + seq % 5000, 1 + seq % 28);
            }
            case RATING -> {
                aggregate = free(buildings, busy);
                if (aggregate == null) {
                    return;
                }
                path = "/api/energy/buildings/" + aggregate + "/ratings/2024";
                token = owner;
                body = null;
            }
            case REFERRAL -> {
                aggregate = free(assessments, busy);
                if (aggregate == null) {
                    return;
                }
                path = aggregate + "/assistance-referrals";
                token = assessor;
                body = """
                        {"date":"2025-04-09","kind":"GOVERNMENT_RELIEF","householdSituation":"NOT_YET_ELIGIBLE_FOR_GOVERNMENT_RELIEF",
                         "need":"BASIC_LIVING_RELIEF","consent":{"recordedOn":"2025-04-09","reference":"FB-CONSENT"}}""";
            }
            default -> {
                path = "/api/subsidies/kindergartens";
                token = applicant;
                body = """
                        {"name":"FB kindergarten %s-%d","address":"北京经济技术开发区荣华中路1号","classes":6,"capacity":180,
                         "monthlyFeeStandard":750,"feeItems":[{"item":"保育教育费","standard":750,"unit":"元/月"}]}"""
                        .formatted(RUN, seq);
            }
        }
        Command command = new Command(kind, seq, aggregate);
        commands.add(command);
        String held = aggregate;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", command.requestId)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            command.answeredAt = System.nanoTime();
            if (error != null) {
                command.status = -1;
            } else {
                if (kind == Kind.KINDERGARTEN && response.statusCode() == 201) {
                    command.createdId = field(response.body(), "id");
                }
                command.status = response.statusCode();
            }
            if (held != null) {
                busy.remove(held);
            }
        });
    }

    static String free(List<String> aggregates, Set<String> busy) {
        List<String> shuffled = new ArrayList<>(aggregates);
        Collections.shuffle(shuffled);
        for (String candidate : shuffled) {
            if (busy.add(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ the report

    static void report(String scenario, List<Command> commands, long startMillis, long faultAt, long recoveredAt,
            long faultEndedAt, Map<Kind, Integer> casesBefore) throws Exception {
        Map<Kind, List<KafkaRecord>> records = new HashMap<>();
        for (Kind kind : Kind.values()) {
            if (kind.topic != null) {
                records.put(kind, awaitRecords(kind, commands, startMillis));
            }
        }
        System.out.printf("%-13s %5s %8s %6s %8s %6s %5s %6s %9s %9s %9s %8s %8s%n", "kind", "sent", "accepted", "failed",
                "expected", "found", "dup", "order", "failedEvt", "recovery", "non2xxAft", "p50ms", "maxms");
        for (Kind kind : Kind.values()) {
            List<Command> mine = commands.stream().filter(c -> c.kind == kind).toList();
            List<Command> accepted = mine.stream().filter(Command::accepted).toList();
            Set<String> acceptedIds = new HashSet<>();
            accepted.forEach(c -> acceptedIds.add(c.requestId));
            Set<String> failedIds = new HashSet<>();
            mine.stream().filter(c -> !c.accepted()).forEach(c -> failedIds.add(c.requestId));
            List<KafkaRecord> theirs = records.getOrDefault(kind, List.of());
            Map<String, Integer> perRequest = new HashMap<>();
            for (KafkaRecord r : theirs) {
                perRequest.merge(r.requestId(), 1, Integer::sum);
            }
            long expected = kind.topic == null ? 0 : accepted.size();
            long found = kind.topic == null ? readBack(accepted) : acceptedIds.stream().filter(perRequest::containsKey).count();
            // one event per command: any further record of the same request (a re-sent copy) is a duplicate
            long duplicated = perRequest.values().stream().mapToInt(n -> n - 1).sum();
            long failedWithEvent = failedIds.stream().filter(perRequest::containsKey).count();
            long outOfOrder = outOfOrder(theirs, mine);
            Command firstAfter = mine.stream().filter(c -> c.sentAt >= recoveredAt && c.accepted())
                    .min((a, b) -> Long.compare(a.answeredAt, b.answeredAt)).orElse(null);
            String recovery = firstAfter == null ? "none" : seconds(firstAfter.answeredAt - recoveredAt);
            long non2xxAfter = mine.stream().filter(c -> c.sentAt >= recoveredAt && !c.accepted()).count();
            List<Long> latencies = new ArrayList<>();
            accepted.forEach(c -> latencies.add((c.answeredAt - c.sentAt) / 1_000_000));
            Collections.sort(latencies);
            long all = mine.stream().filter(c -> c.status != 0).mapToLong(c -> (c.answeredAt - c.sentAt) / 1_000_000).max().orElse(0);
            System.out.printf("%-13s %5d %8d %6d %8s %6d %5d %6d %9d %9s %9d %8d %8d%n", kind.name().toLowerCase(),
                    mine.size(), accepted.size(), mine.size() - accepted.size(),
                    kind.topic == null ? "(rows)" + accepted.size() : Long.toString(expected), found, duplicated,
                    outOfOrder, failedWithEvent, recovery, non2xxAfter,
                    latencies.isEmpty() ? 0 : latencies.get(latencies.size() / 2), all);
            Map<String, Integer> statuses = new LinkedHashMap<>();
            mine.stream().filter(c -> !c.accepted()).forEach(c -> statuses.merge(
                    (c.sentAt < faultAt ? "before " : c.sentAt < recoveredAt ? "during " : "after ") + c.status, 1, Integer::sum));
            if (!statuses.isEmpty()) {
                System.out.printf("    %s failures by phase and status (-1 = no answer in 30 s): %s%n",
                        kind.name().toLowerCase(), statuses);
            }
        }
        long referralEvents = records.get(Kind.REFERRAL).stream().map(KafkaRecord::eventId).distinct().count();
        int cases = awaitCases(casesBefore.get(Kind.REFERRAL) + (int) referralEvents);
        List<KafkaRecord> deadLetters = kcat(Kind.REFERRAL.topic + ".dlt", startMillis, 3);
        System.out.printf("assistance cases opened by subsidy-service: %d for %d referral events; referrals dead-lettered: %d%n",
                cases - casesBefore.get(Kind.REFERRAL), referralEvents, deadLetters.size());
        System.out.printf("fault lasted %s s; clock zero for recovery = %s%n", seconds(faultEndedAt - faultAt),
                scenario.startsWith("postgres") ? "PostgreSQL accepting connections" : scenario.startsWith("broker")
                        ? "broker resumed/serving" : scenario.equals("service-kill") ? "restarted service ready" : "SIGCONT");
    }

    /** Events keyed by an aggregate that appear on the broker in another order than their commands were accepted. */
    static long outOfOrder(List<KafkaRecord> records, List<Command> commands) {
        Map<String, Integer> seqByRequest = new HashMap<>();
        commands.forEach(c -> seqByRequest.put(c.requestId, c.seq));
        Map<String, List<KafkaRecord>> byKey = new HashMap<>();
        records.stream().filter(r -> seqByRequest.containsKey(r.requestId()))
                .forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        long wrong = 0;
        for (List<KafkaRecord> list : byKey.values()) {
            list.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                    : Long.compare(a.offset(), b.offset()));
            int last = -1;
            Set<String> seen = new HashSet<>();
            for (KafkaRecord r : list) {
                if (!seen.add(r.eventId())) {
                    continue; // a duplicate is counted as such, not as disorder
                }
                int seq = seqByRequest.get(r.requestId());
                if (seq < last) {
                    wrong++;
                }
                last = Math.max(last, seq);
            }
        }
        return wrong;
    }

    static List<KafkaRecord> awaitRecords(Kind kind, List<Command> commands, long startMillis) throws Exception {
        Set<String> wanted = new HashSet<>();
        commands.stream().filter(c -> c.kind == kind && c.accepted()).forEach(c -> wanted.add(c.requestId));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<KafkaRecord> mine;
        while (true) {
            mine = kcat(kind.topic, startMillis, 5).stream().filter(r -> r.requestId() != null
                    && r.requestId().startsWith("fb-" + RUN + "-")).toList();
            Set<String> found = new HashSet<>();
            mine.forEach(r -> found.add(r.requestId()));
            if (found.containsAll(wanted) || System.nanoTime() > deadline) {
                return new ArrayList<>(mine);
            }
            Thread.sleep(2000);
        }
    }

    static List<KafkaRecord> kcat(String topic, long startMillis, int seconds) throws Exception {
        Process kcat = new ProcessBuilder("kcat", "-C", "-b", KAFKA, "-t", topic, "-o", "s@" + startMillis, "-e", "-q",
                "-f", "%p\t%o\t%k\t%h\n").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<KafkaRecord> records = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(kcat.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split("\t", 4);
                if (parts.length < 4) {
                    continue;
                }
                Map<String, String> headers = new HashMap<>();
                for (String header : parts[3].split(",")) {
                    int eq = header.indexOf('=');
                    if (eq > 0) {
                        headers.put(header.substring(0, eq), header.substring(eq + 1));
                    }
                }
                records.add(new KafkaRecord(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), parts[2],
                        headers.get("ce_id"), headers.get("x-request-id")));
            }
        }
        if (!kcat.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            kcat.destroyForcibly();
        }
        return records;
    }

    /** Kindergarten registrations publish no event: an accepted one is found when it reads back. */
    static long readBack(List<Command> accepted) throws Exception {
        long found = 0;
        for (Command c : accepted) {
            if (c.createdId != null && status("GET", "/api/subsidies/kindergartens/" + c.createdId, applicant) == 200) {
                found++;
            }
        }
        return found;
    }

    static int assistanceCases() throws Exception {
        String body = call("GET", "/api/subsidies/assistance-cases", officer, "application/json", null, 200);
        Matcher m = Pattern.compile("\"id\"\\s*:").matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static int awaitCases(int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int cases = assistanceCases();
        while (cases < expected && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            cases = assistanceCases();
        }
        return cases;
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    static void control(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(CONTROL + path)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
        }
    }

    static void signal(String part, String signal) throws Exception {
        String pid = Files.readString(RUN_DIR.resolve("pids").resolve(part + ".pid")).trim();
        Process kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    static void platform(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", PLATFORM));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    static String token(String subject, String role, String agency) throws Exception {
        String body = call("POST", "/dev/tokens", null, "application/json",
                "{\"subject\":\"" + subject + "\",\"roles\":[\"" + role + "\"],\"agency\":\"" + agency + "\"}", 200);
        return field(body, "token");
    }

    static int status(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String call(String method, String path, String token, String type, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String seconds(long nanos) {
        return String.format("%.2f", nanos / 1e9);
    }

    static void sleep(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }

    static void say(String what) {
        System.out.printf("  [%tT] %s%n", System.currentTimeMillis(), what);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
