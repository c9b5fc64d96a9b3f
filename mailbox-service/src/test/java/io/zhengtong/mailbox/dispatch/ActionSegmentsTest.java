package io.zhengtong.mailbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.Letter;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The names in {@code allowedActions} are the paths the OA posts to: none offered that the API lacks. */
class ActionSegmentsTest {

    static final List<String> STEP_CONTROLLERS = List.of("io.zhengtong.mailbox.dispatch.web.LetterHandlingController",
            "io.zhengtong.mailbox.closing.web.ClosingController", "io.zhengtong.mailbox.duplicate.web.DuplicateController");

    @Test
    void everyOfferedStepIsAPathTheStaffApiAnswers() throws ClassNotFoundException {
        Set<String> posted = new HashSet<>();
        for (String name : STEP_CONTROLLERS) {
            Class<?> controller = Class.forName(name);
            RequestMapping base = controller.getAnnotation(RequestMapping.class);
            String prefix = base == null ? "" : base.value()[0];
            for (Method method : controller.getDeclaredMethods()) {
                PostMapping post = method.getAnnotation(PostMapping.class);
                if (post != null) {
                    posted.add(prefix + post.value()[0]);
                }
            }
        }

        assertThat(ActionSegments.of(Letter.STAFF_STEPS)).doesNotHaveDuplicates()
            .allSatisfy(segment -> assertThat(posted).contains("/api/mailbox/letters/{id}/" + segment));
    }
}
