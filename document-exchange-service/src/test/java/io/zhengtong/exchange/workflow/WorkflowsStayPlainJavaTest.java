package io.zhengtong.exchange.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workflows are domain logic the next sessions persist and expose: no Spring beans, no JPA,
 * no web. The one Spring type allowed is {@code HttpStatus}, which the platform's
 * {@code DomainRuleViolation} carries so that a refusal becomes the right problem detail.
 */
class WorkflowsStayPlainJavaTest {

    @ParameterizedTest
    @ValueSource(strings = {"workflow", "outgoing", "delivery", "reminder", "tracking", "handling"})
    void aWorkflowPackageImportsNoFrameworkButTheHttpStatusOfItsRefusals(String feature) throws IOException {
        Path folder = Path.of("src/main/java/io/zhengtong/exchange", feature);
        List<String> imports;
        try (Stream<Path> files = Files.list(folder)) {
            imports = files.filter(f -> f.toString().endsWith(".java"))
                .flatMap(WorkflowsStayPlainJavaTest::lines)
                .filter(line -> line.startsWith("import "))
                .toList();
        }

        assertThat(imports).isNotEmpty();
        assertThat(imports).filteredOn(line -> line.contains("org.springframework") || line.contains("jakarta."))
            .allMatch(line -> line.equals("import org.springframework.http.HttpStatus;"));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
