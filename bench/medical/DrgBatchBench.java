// Throughput of DRG batch settlement against a RUNNING platform (not part of the Maven build).
//
//   deploy/local/platform.sh up --detach
//   java bench/medical/DrgBatchBench.java [baseUrl=http://localhost:8080] [cases=100000] [rounds=3]
//
// Gets local-profile tokens from POST /dev/tokens, imports SAMPLE reference data (4 groups, 3 hospitals: clearly not
// the official 附件1-3), then posts `rounds` batches of `cases` cases to POST /api/medical-insurance/drg-case-batches
// and prints the time of each request and cases per second. Plain JDK 17 (single-file source launch), no JMH.
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DrgBatchBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String bureau = token(base, "bench-bureau", "MEDICAL_BUREAU", "BJ-HSB");
        String hospital = token(base, "bench-hospital", "HOSPITAL", "SAMPLE-H001");

        send(base, "PUT", "/api/medical-insurance/drg-group-table", bureau, "text/csv", """
                # SAMPLE DATA - benchmark only, not the official 附件1/附件2
                code,name,weight,designated_employee_payment,kept_consumables_procurement_group,previous_standard
                SAMPLE-D01,Sample DRG-paid group 1,1.0000,DRG,false,
                SAMPLE-D02,Sample DRG-paid group 2,2.5000,DRG,false,
                SAMPLE-P01,Sample per-item group 1,0.8000,PER_ITEM_WITH_DRG_SIMULATION,false,
                SAMPLE-K01,Sample kept consumables-procurement group 1,,DRG,true,30000.00
                """, 200);
        send(base, "PUT", "/api/medical-insurance/drg-hospitals", bureau, "text/csv", """
                # SAMPLE DATA - benchmark only, not the official 附件3
                hospital_code,name,designated,infectious_disease_specialty,level
                SAMPLE-H001,Sample designated hospital 1,true,false,TERTIARY
                """, 200);

        String[] groups = {"SAMPLE-D01", "SAMPLE-D02", "SAMPLE-P01", "SAMPLE-K01"};
        Random random = new Random(1);
        for (int round = 1; round <= rounds; round++) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            StringBuilder body = new StringBuilder(cases * 170).append("{\"cases\":[");
            for (int i = 0; i < cases; i++) {
                if (i > 0) {
                    body.append(',');
                }
                body.append("{\"hospitalCaseId\":\"B").append(run).append('-').append(i)
                        .append("\",\"hospitalCode\":\"SAMPLE-H001\",\"groupCode\":\"")
                        .append(groups[random.nextInt(groups.length)]).append("\",\"insurance\":\"")
                        .append(random.nextInt(4) == 0 ? "RESIDENT" : "EMPLOYEE").append("\",\"actualCost\":")
                        .append(BigDecimal.valueOf(500_000 + random.nextInt(8_000_000), 2).toPlainString())
                        .append(",\"dischargeDate\":\"").append(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)))
                        .append("\"}");
            }
            body.append("]}");
            long started = System.nanoTime();
            String response = send(base, "POST", "/api/medical-insurance/drg-case-batches", hospital,
                    "application/json", body.toString(), 201);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("round %d: %,d cases in %,d ms (%,.0f cases/s) %s%n", round, cases, millis,
                    cases * 1000.0 / millis, response.substring(0, Math.min(120, response.length())));
        }
    }

    static String token(String base, String subject, String role, String agency) throws Exception {
        String body = send(base, "POST", "/dev/tokens", null, "application/json",
                "{\"subject\":\"" + subject + "\",\"roles\":[\"" + role + "\"],\"agency\":\"" + agency + "\"}", 200);
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token in " + body);
        }
        return m.group(1);
    }

    static String send(String base, String method, String path, String token, String type, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
