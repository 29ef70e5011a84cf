package cn.beijing.platform.subsidy.kindergartens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.FindingOutcome;
import cn.beijing.platform.subsidy.policy.kindergarten.FindingStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.NoticeStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.ObjectionStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.PaymentStatus;
import org.junit.jupiter.api.Test;

/**
 * The states of the kindergarten process live in their enums only: no workflow or store of the process spells one as
 * a Java string ({@code "IN_NOTICE"}) or an SQL literal ({@code 'PENDING'}); a store binds the enum's name.
 */
class KindergartenStateLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java/cn/beijing/platform/subsidy");
    private static final List<Path> PROCESS_SOURCES = List.of(MAIN.resolve("kindergartens"),
            MAIN.resolve("api/KindergartenApplicationController.java"), MAIN.resolve("api/KindergartenController.java"),
            MAIN.resolve("store/ApplicationStore.java"), MAIN.resolve("store/NoticeStore.java"),
            MAIN.resolve("store/NoticeRecords.java"),
            MAIN.resolve("store/PaymentStore.java"), MAIN.resolve("store/KindergartenStore.java"),
            MAIN.resolve("store/FindingStore.java"));

    @Test
    void noStateOfTheProcessIsSpelledOutsideItsEnum() throws IOException {
        List<String> states = Stream.of(ApplicationStatus.values(), NoticeStatus.values(), ObjectionStatus.values(),
                        PaymentStatus.values(), KindergartenStatus.values(), FindingStatus.values(),
                        FindingOutcome.values())
                .flatMap(Arrays::stream).map(Enum::name).distinct().toList();
        Pattern literal = Pattern.compile("[\"'](" + String.join("|", states) + ")[\"']");
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path source : PROCESS_SOURCES) {
            if (!Files.exists(source)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = literal.matcher(lines.get(i));
                        while (m.find()) {
                            found.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(files).as("process sources scanned").isGreaterThanOrEqualTo(10);
        assertThat(found).isEmpty();
    }
}
