package io.zhengtong.mailbox.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.mailboxes.ManagedMailbox.Settings;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManagedMailboxTest {

    private static final Function<String, String> UNIT_NAMES = Map.of("petition", "凤县信访局", "education", "凤县教育局")::get;
    private static final Function<LetterType, Integer> COUNTY_WIDE = type -> type == LetterType.CONSULTATION ? 3 : 7;

    private static Settings settings(String name, String unit, int sortOrder, String intro, Map<LetterType, Integer> periods) {
        return new Settings(name, unit, sortOrder, intro, periods);
    }

    private static ManagedMailbox housing() {
        return ManagedMailbox.create("housing", settings("县住建局信箱", "petition", 5, null, Map.of(LetterType.CONSULTATION, 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"housing", "county-head", "edu-2", "a"})
    void aCodeOfLowercaseLettersDigitsAndSingleHyphensIsAccepted(String code) {
        assertThatCode(() -> ManagedMailbox.requireCode(code)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Housing", "county_head", "-edu", "edu-", "edu--2", "住建", "edu 2", ""})
    void anyOtherCodeIsRefusedOnTheCodeField(String code) {
        assertThatThrownBy(() -> ManagedMailbox.requireCode(code)).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("code"));
    }

    @Test
    void everyWrongFieldIsNamedAtOnceInChinese() {
        Settings wrong = settings(" ", "", 10_000, "简".repeat(501), Map.of(LetterType.CONSULTATION, 0, LetterType.REPORT, 61));

        assertThatThrownBy(() -> ManagedMailbox.requireSettings(wrong)).isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.fieldErrors()).containsExactly(
                    new FieldError("name", "请填写信箱名称，不超过50个字"),
                    new FieldError("ownerUnit", "请选择所属单位"),
                    new FieldError("sortOrder", "排序应为0至9999的整数"),
                    new FieldError("intro", "网站简介不能超过500个字"),
                    new FieldError("workingDays.CONSULTATION", "咨询的办理时限应为1至60个工作日"),
                    new FieldError("workingDays.REPORT", "举报的办理时限应为1至60个工作日"));
        });
    }

    @Test
    void aTypeLeftEmptyFollowsTheCountyWidePeriodAndTextIsTrimmed() {
        Map<LetterType, Integer> periods = new HashMap<>();
        periods.put(LetterType.CONSULTATION, 2);
        periods.put(LetterType.COMPLAINT, null);

        Settings settings = settings("  县住建局信箱 ", " petition ", 1, "   ", periods);

        assertThat(settings.periods()).containsExactly(Map.entry(LetterType.CONSULTATION, 2));
        assertThat(settings.name()).isEqualTo("县住建局信箱");
        assertThat(settings.ownerUnit()).isEqualTo("petition");
        assertThat(settings.intro()).isNull();
    }

    @Test
    void theCreationIsDescribedWithTheUnitsNameAndTheOwnPeriods() {
        assertThat(housing().describeCreation(UNIT_NAMES))
            .isEqualTo("名称「县住建局信箱」，所属单位「凤县信访局」，排序5，办理时限咨询2个工作日，其余类型按全县统一规定");
        assertThat(housing().isOpen()).isTrue();
    }

    @Test
    void aChangeSaysWhatChangedIncludingThatANewPeriodHoldsForLettersReceivedFromNowOn() {
        ManagedMailbox mailbox = housing();

        List<String> changes = mailbox.change(settings("县住房和城乡建设局信箱", "education", 5, "受理住房保障咨询。",
                Map.of(LetterType.COMPLAINT, 5)), UNIT_NAMES, COUNTY_WIDE);

        assertThat(changes).containsExactly(
                "名称由「县住建局信箱」改为「县住房和城乡建设局信箱」",
                "所属单位由「凤县信访局」改为「凤县教育局」，未办结的来信随之由新单位的分办员处理",
                "网站简介改为「受理住房保障咨询。」",
                "咨询办理时限由2个工作日改为全县统一的3个工作日（此后收到的来信适用）",
                "投诉办理时限由全县统一的7个工作日改为5个工作日（此后收到的来信适用）");
        assertThat(mailbox.periods()).containsExactly(Map.entry(LetterType.COMPLAINT, 5));
        assertThat(mailbox.ownerUnit()).isEqualTo("education");
    }

    @Test
    void savingTheSameSettingsChangesNothing() {
        ManagedMailbox mailbox = housing();

        assertThat(mailbox.change(settings("县住建局信箱", "petition", 5, null, Map.of(LetterType.CONSULTATION, 2)),
                UNIT_NAMES, COUNTY_WIDE)).isEmpty();
    }

    @Test
    void aMailboxClosesOnceAndReopensOnce() {
        ManagedMailbox mailbox = housing();
        Instant at = Instant.parse("2026-11-23T01:00:00Z");

        mailbox.close(at);
        assertThat(mailbox.isOpen()).isFalse();
        assertThat(mailbox.closedAt()).contains(at);
        assertThatThrownBy(() -> mailbox.close(at)).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("mailbox-already-closed"));

        mailbox.reopen();
        assertThat(mailbox.isOpen()).isTrue();
        assertThatThrownBy(mailbox::reopen).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("mailbox-not-closed"));
    }

    @Test
    void aChangeMadeOnAnOlderReadingIsRefusedAsStale() {
        ManagedMailbox mailbox = housing();

        assertThatCode(() -> mailbox.requireVersion(0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> mailbox.requireVersion(3)).isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
            assertThat(e.status().value()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("mailbox-version-stale");
        });
    }
}
