package io.zhengtong.portal.letters;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import feign.Response;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;

/**
 * The mailbox client's own error decoding (not a component: only {@link MailboxApi} uses it). A
 * 4xx with a problem detail becomes a {@link MailboxRefusal} the page can show; 5xx and anything
 * unreadable stay Feign's exceptions, which the circuit breaker counts as failures. An overload
 * refusal is sent once more first ({@link MailboxOverloadRetry}).
 */
class MailboxApiConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    ErrorDecoder mailboxErrorDecoder() {
        ErrorDecoder standard = new ErrorDecoder.Default();
        return (methodKey, response) -> {
            if (response.status() >= 400 && response.status() < 500) {
                return refusal(response);
            }
            return MailboxOverloadRetry.decode(methodKey, response, standard);
        };
    }

    @Bean
    Retryer mailboxRetryer() {
        return new MailboxOverloadRetry();
    }

    static MailboxRefusal refusal(Response response) {
        JsonNode problem = null;
        if (response.body() != null) {
            try (InputStream body = response.body().asInputStream()) {
                problem = JSON.readTree(body.readNBytes(64 * 1024));
            }
            catch (IOException | RuntimeException unreadable) {
                problem = null;
            }
        }
        List<MailboxRefusal.FieldError> errors = new ArrayList<>();
        if (problem != null && problem.path("errors").isArray()) {
            for (JsonNode error : problem.path("errors")) {
                errors.add(new MailboxRefusal.FieldError(text(error, "field"), text(error, "message")));
            }
        }
        return new MailboxRefusal(response.status(), problem == null ? null : text(problem, "type"),
                problem == null ? null : text(problem, "title"), problem == null ? null : text(problem, "detail"), errors,
                retryAfter(response.headers().get("Retry-After")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static Long retryAfter(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(values.iterator().next().strip());
        }
        catch (NumberFormatException notSeconds) {
            return null;
        }
    }
}
