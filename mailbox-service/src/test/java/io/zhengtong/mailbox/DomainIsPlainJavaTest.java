package io.zhengtong.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain features stay free of the Spring framework, so later layers can wrap them without changing them. */
class DomainIsPlainJavaTest {

    // HttpStatus only travels inside the platform's DomainRuleViolation; BCrypt is a library, not the framework.
    private static final List<String> ALLOWED = List.of("import org.springframework.http.HttpStatus;",
            "import org.springframework.security.crypto.");

    @ParameterizedTest
    @ValueSource(strings = {"letter", "tracking", "privacy", "deadline"})
    void theFeatureUsesNoSpringFrameworkNorJpa(String feature) throws IOException {
        Path folder = Path.of("src/main/java/io/zhengtong/mailbox", feature);
        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> lines(f).stream()
                    .filter(l -> l.startsWith("import org.springframework") || l.startsWith("import jakarta.persistence"))
                    .filter(l -> ALLOWED.stream().noneMatch(l::startsWith))
                    .map(l -> f.getFileName() + ": " + l)).toList();
            assertThat(offending).isEmpty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
