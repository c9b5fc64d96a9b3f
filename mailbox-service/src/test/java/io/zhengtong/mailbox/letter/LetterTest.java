package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.Scenes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.zhengtong.platform.calendar.HolidaySchedule;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class LetterTest {

    @Nested
    class TheWholeLife {

        @Test
        void aLetterForwardedToTheCountyHeadIsInstructedHandledReviewedAnsweredAndRatedWithEveryStepInItsHistory() {
            Letter letter = Scenes.submitted();
            Actor citizen = citizenOf(letter);

            letter.accept(DISPATCHER, NOW, LetterType.COMPLAINT, CALENDAR.compute(letter.receivedOn(), 7));
            letter.forwardToLeader(DISPATCHER, NOW, "zhaoxian", "赵县长", "涉及多个部门");
            letter.instruct(COUNTY_HEAD_LEADER, NOW, Assignment.to("housing", "power-supply"), "请住建局牵头办理。");
            letter.signFor(HOUSING_CLERK, NOW);
            letter.submitReply(HOUSING_CLERK, NOW, "路灯已修复。");
            letter.approveReply(HOUSING_HEAD, NOW, "同意");
            letter.rate(citizen, NOW, Rating.SATISFIED, "谢谢");

            assertThat(letter.status()).isEqualTo(LetterStatus.CLOSED);
            assertThat(letter.events()).extracting(LetterEvent::name).containsExactly("LetterSubmitted", "LetterAccepted",
                    "LetterForwardedToLeader", "LetterInstructed", "LetterSignedFor", "LetterReplySubmitted",
                    "LetterReplied", "LetterRated");
            assertThat(letter.history())
                    .extracting(HistoryEntry::username, HistoryEntry::role, HistoryEntry::unitCode, HistoryEntry::action,
                            HistoryEntry::statusAfter)
                    .containsExactly(
                            tuple(null, Role.CITIZEN, null, LetterAction.SUBMIT, LetterStatus.SUBMITTED),
                            tuple("lina", Role.DISPATCHER, "gov-office", LetterAction.ACCEPT, LetterStatus.ACCEPTED),
                            tuple("lina", Role.DISPATCHER, "gov-office", LetterAction.FORWARD_TO_LEADER, LetterStatus.FORWARDED_TO_LEADER),
                            tuple("zhaoxian", Role.LEADER, "gov-office", LetterAction.INSTRUCT, LetterStatus.ASSIGNED),
                            tuple("zhoumin", Role.STAFF, "housing", LetterAction.SIGN_FOR, LetterStatus.IN_PROGRESS),
                            tuple("zhoumin", Role.STAFF, "housing", LetterAction.SUBMIT_REPLY, LetterStatus.REPLY_IN_REVIEW),
                            tuple("wuju", Role.LEADER, "housing", LetterAction.APPROVE_REPLY, LetterStatus.ANSWERED),
                            tuple(null, Role.CITIZEN, null, LetterAction.RATE, LetterStatus.CLOSED));
            assertThat(letter.history().get(3).remark()).isEqualTo("请住建局牵头办理。（主办：housing，协办：power-supply）");
            assertThat(letter.history().get(3).at()).isEqualTo(NOW);
            assertThat(letter.history().get(3).describe()).isEqualTo("领导 赵县长（gov-office）领导批办：请住建局牵头办理。（主办：housing，协办：power-supply）");
            assertThat(letter.history().get(7).describe()).isEqualTo("来信人评价：满意：谢谢");
            assertThat(letter.replyText()).contains("路灯已修复。");
            assertThat(letter.rating()).contains(Rating.SATISFIED);
            assertThat(letter.closedAt()).contains(NOW);
        }

        @Test
        void theDispatcherMayAssignALetterDirectlyToADepartmentWithoutALeader() {
            Letter letter = Scenes.accepted();

            letter.assign(DISPATCHER, NOW, Assignment.to("housing"), "常规问题");

            assertThat(letter.status()).isEqualTo(LetterStatus.ASSIGNED);
            assertThat(letter.assignment()).contains(Assignment.to("housing"));
            assertThat(letter.instruction()).isEmpty();
            assertThat(letter.history().getLast().remark()).isEqualTo("主办：housing；常规问题");
        }

        @Test
        void takenEventsAreHandedOverOnce() {
            Letter letter = Scenes.accepted();

            assertThat(letter.takeEvents()).extracting(LetterEvent::name).containsExactly("LetterSubmitted", "LetterAccepted");
            assertThat(letter.takeEvents()).isEmpty();
            assertThat(letter.history()).hasSize(2);
        }
    }

    @Nested
    class Acceptance {

        @Test
        void theDueDateStaysCountedFromTheDayOfReceiptAndSkipsTheNationalDayHoliday() {
            Letter letter = Scenes.accepted();

            assertThat(letter.receivedOn()).isEqualTo(LocalDate.of(2025, 9, 29));
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 15));
            assertThat(letter.workingDays()).isEqualTo(7);
        }

        @Test
        void theDispatcherMayCorrectTheLetterTypeAndTheHistorySaysSo() {
            Letter letter = Scenes.submitted(COUNTY_HEAD, LetterType.COMPLAINT);

            letter.accept(DISPATCHER, NOW, LetterType.CONSULTATION, CALENDAR.compute(letter.receivedOn(), 3));

            assertThat(letter.type()).isEqualTo(LetterType.CONSULTATION);
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 10));
            assertThat(letter.history().getLast().remark()).isEqualTo("信件类型由「投诉」改为「咨询」，截止日期由2025-10-15改为2025-10-10");
        }

        @Test
        void aDeadlineCountedFromAnotherDayThanReceiptIsRefused() {
            Letter letter = Scenes.submitted();

            assertThatThrownBy(() -> letter.accept(DISPATCHER, NOW, LetterType.COMPLAINT,
                    CALENDAR.compute(LocalDate.of(2025, 10, 9), 7)))
                    .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("自收信日2025-09-29起算");
            assertThat(letter.status()).isEqualTo(LetterStatus.SUBMITTED);
            assertThat(letter.dueDate()).as("the due date fixed at submission stays").contains(LocalDate.of(2025, 10, 15));
        }

        @Test
        void aLetterRejectedAsInvalidShowsTheCitizenTheReason() {
            Letter letter = Scenes.rejected();

            assertThat(letter.status()).isEqualTo(LetterStatus.REJECTED_INVALID);
            assertThat(letter.rejectionReason()).contains("来信内容为广告，不属于信箱受理范围");
            assertThat(letter.history().getLast().remark()).isEqualTo("来信内容为广告，不属于信箱受理范围");
        }

        @Test
        void aRejectionWithoutAReasonIsRefusedAsIncomplete() {
            Letter letter = Scenes.submitted();

            assertThatThrownBy(() -> letter.rejectAsInvalid(DISPATCHER, NOW, "  "))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                        assertThat(e.getMessage()).isEqualTo("不予受理的理由不能为空。");
                    });
            assertThat(letter.status()).isEqualTo(LetterStatus.SUBMITTED);
        }

        @Test
        void aLetterWithoutSubjectOrContentCannotBeSubmitted() {
            LetterContent empty = new LetterContent(COUNTY_HEAD, LetterType.OTHER, "", "内容", null, false);

            assertThatThrownBy(() -> Letter.submit(LetterId.random(), empty, newCode(), "h", Actor.writer(null, null), RECEIVED,
                    Scenes.deadlineOf(LetterType.OTHER)))
                    .hasMessage("信件标题不能为空。");
        }

        @Test
        void anAnonymousLetterHasNoWriterAccountAndAnEmptyContact() {
            LetterContent content = new LetterContent(COUNTY_HEAD, LetterType.SUGGESTION, "建议", "多设几个公交站。", null, false);

            Letter letter = Letter.submit(LetterId.random(), content, newCode(), "h", Actor.writer(null, null), RECEIVED,
                    Scenes.deadlineOf(LetterType.SUGGESTION));

            assertThat(letter.submittedBy()).isEmpty();
            assertThat(letter.content().contact().isAnonymous()).isTrue();
        }
    }

    @Nested
    class Duplicates {

        @Test
        void aDuplicateIsMergedIntoTheOriginalWhichRecordsIt() {
            Letter original = Scenes.accepted();
            Letter duplicate = Scenes.submitted();

            duplicate.mergeInto(original, DISPATCHER, NOW, "同一路灯问题");

            assertThat(duplicate.status()).isEqualTo(LetterStatus.MERGED);
            assertThat(duplicate.mergedInto()).contains(original.id());
            assertThat(duplicate.history().getLast().remark()).isEqualTo("合并到 " + original.trackingCode() + "：同一路灯问题");
            assertThat(original.duplicates()).containsExactly(duplicate.id());
            assertThat(original.status()).isEqualTo(LetterStatus.ACCEPTED);
            assertThat(original.history().getLast().action()).isEqualTo(LetterAction.ABSORB_DUPLICATE);
            assertThat(original.history().getLast().remark()).startsWith("并入重复来信 " + duplicate.trackingCode());
        }

        @Test
        void aLetterCannotBeMergedIntoItself() {
            Letter letter = Scenes.submitted();

            assertThatThrownBy(() -> letter.mergeInto(letter, DISPATCHER, NOW, null)).hasMessage("信件不能合并到它自己。");
        }

        @Test
        void aLetterCannotBeMergedIntoOneThatWasRejectedOrItselfMerged() {
            assertThatThrownBy(() -> Scenes.submitted().mergeInto(Scenes.rejected(), DISPATCHER, NOW, null))
                    .hasMessageContaining("「不予受理」，不能作为合并目标");
            assertThatThrownBy(() -> Scenes.submitted().mergeInto(Scenes.merged(), DISPATCHER, NOW, null))
                    .hasMessageContaining("不能作为合并目标");
        }

        @Test
        void aLetterMayBeMergedIntoOneAlreadyAnswered() {
            Letter duplicate = Scenes.submitted();

            duplicate.mergeInto(Scenes.answered(), DISPATCHER, NOW, null);

            assertThat(duplicate.status()).isEqualTo(LetterStatus.MERGED);
        }

        @Test
        void aDispatcherCannotMergeIntoALetterOfAnotherMailbox() {
            Letter original = Scenes.submitted(CULTURE, LetterType.COMPLAINT);
            Letter duplicate = Scenes.submitted();

            assertThatThrownBy(() -> duplicate.mergeInto(original, DISPATCHER, NOW, null))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("letter-other-unit"));
            assertThat(original.duplicates()).isEmpty();
        }
    }

    @Nested
    class LeaderInstruction {

        @Test
        void theLeaderPicksTheLeadAndAssistingDepartmentsAndTheInstructionIsKept() {
            Letter letter = Scenes.assigned();

            assertThat(letter.assignment()).contains(Assignment.to("housing", "power-supply"));
            assertThat(letter.instruction()).contains("请住建局牵头，供电公司配合，尽快修复。");
        }

        @Test
        void onlyTheLeaderTheLetterWasForwardedToMayInstructIt() {
            Letter letter = Scenes.forwarded();

            assertThatThrownBy(() -> letter.instruct(DEPUTY_HEAD, NOW, Assignment.to("housing"), "办理"))
                    .hasMessage("「领导批办」：此信件已呈送赵县长批办，您不能批办。");
        }

        @Test
        void anInstructionWithoutTextIsRefused() {
            Letter letter = Scenes.forwarded();

            assertThatThrownBy(() -> letter.instruct(COUNTY_HEAD_LEADER, NOW, Assignment.to("housing"), ""))
                    .hasMessage("批示意见不能为空。");
        }

        @Test
        void theLeadDepartmentCannotAlsoAssistNorAnAssistingOneAppearTwice() {
            assertThatThrownBy(() -> Assignment.to("housing", "housing")).hasMessage("主办单位不能同时作为协办单位。");
            assertThatThrownBy(() -> Assignment.to("housing", "water", "water")).hasMessage("协办单位重复：water。");
            assertThatThrownBy(() -> Assignment.to(" ")).hasMessage("交办时必须指定一个主办单位。");
        }

        @Test
        void anAssistingDepartmentMaySeeTheLetterButNotActOnIt() {
            Letter letter = Scenes.assigned();
            Actor powerClerk = Actor.staff("liuyi", "刘一", "power-supply", Role.STAFF);

            assertThat(letter.isVisibleTo(powerClerk)).isTrue();
            assertThatThrownBy(() -> letter.signFor(powerClerk, NOW))
                    .hasMessage("「签收」：此信件由housing主办，本单位不能办理。");
        }
    }

    @Nested
    class Returning {

        @Test
        void aReturnedLetterGoesBackToTheDispatcherWithTheReasonAndTheDepartmentLosesIt() {
            Letter letter = Scenes.returned();

            assertThat(letter.status()).isEqualTo(LetterStatus.RETURNED);
            assertThat(letter.assignment()).isEmpty();
            assertThat(letter.history().getLast().remark()).isEqualTo("housing退回：路灯属供电公司产权，不属本局职责");
            assertThat(letter.isVisibleTo(HOUSING_CLERK)).isFalse();
        }

        @Test
        void theDispatcherReassignsAReturnedLetterToTheRightDepartmentAndTheDueDateStays() {
            Letter letter = Scenes.returned();

            letter.assign(DISPATCHER, NOW, Assignment.to("power-supply"), null);

            assertThat(letter.assignment()).contains(Assignment.to("power-supply"));
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 15));
        }

        @Test
        void aReturnWithoutAReasonIsRefused() {
            Letter letter = Scenes.inProgress();

            assertThatThrownBy(() -> letter.returnToDispatcher(HOUSING_CLERK, NOW, null)).hasMessage("退回理由不能为空。");
        }

        @Test
        void anOpenExtensionRequestLapsesWhenTheLetterIsReturned() {
            Letter letter = Scenes.inProgressWithExtensionRequest();

            letter.returnToDispatcher(HOUSING_CLERK, NOW, "不属本单位职责");

            assertThat(letter.pendingExtension()).isEmpty();
        }
    }

    @Nested
    class Extensions {

        @Test
        void aGrantedExtensionMovesTheDueDateByWorkingDays() {
            Letter letter = Scenes.inProgressWithExtensionRequest();

            letter.grantExtension(DISPATCHER, NOW, 3, "同意", CALENDAR);

            // 2025-10-15 (Wednesday) + 3 working days: Thursday 16, Friday 17, Monday 20.
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 20));
            assertThat(letter.extensionDays()).isEqualTo(3);
            assertThat(letter.pendingExtension()).isEmpty();
            assertThat(letter.history().getLast().remark()).isEqualTo("延期3个工作日，截止日期由2025-10-15改为2025-10-20：同意");
        }

        @Test
        void aSupervisorMayGrantFewerDaysThanRequestedButNotMore() {
            Letter letter = Scenes.inProgressWithExtensionRequest();

            assertThatThrownBy(() -> letter.grantExtension(SUPERVISOR, NOW, 4, null, CALENDAR))
                    .hasMessage("同意的延期天数应为1至3个工作日（申请的天数）。");
            letter.grantExtension(SUPERVISOR, NOW, 1, null, CALENDAR);

            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 16));
            assertThat(letter.history().getLast().role()).isEqualTo(Role.SUPERVISOR);
        }

        @Test
        void aRefusedExtensionLeavesTheDueDateAndSaysWhy() {
            Letter letter = Scenes.inProgressWithExtensionRequest();

            letter.refuseExtension(DISPATCHER, NOW, "路灯维修无需延期");

            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 15));
            assertThat(letter.pendingExtension()).isEmpty();
            assertThat(letter.events().getLast().name()).isEqualTo("LetterExtensionRefused");
        }

        @Test
        void anExtensionMayBeRequestedUntilTheEndOfTheDueDate() {
            Letter letter = Scenes.inProgress();

            letter.requestExtension(HOUSING_CLERK, shanghai("2025-10-15T23:59"), 2, "等待材料");

            assertThat(letter.pendingExtension()).hasValueSatisfying(r -> {
                assertThat(r.workingDays()).isEqualTo(2);
                assertThat(r.reason()).isEqualTo("等待材料");
                assertThat(r.unitCode()).isEqualTo("housing");
            });
        }

        @Test
        void anExtensionCannotBeRequestedOnceTheLetterIsOverdue() {
            Letter letter = Scenes.inProgress();

            assertThatThrownBy(() -> letter.requestExtension(HOUSING_CLERK, shanghai("2025-10-16T00:01"), 2, "等待材料"))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                        assertThat(e.code()).isEqualTo("letter-extension-too-late");
                        assertThat(e.getMessage()).contains("2025-10-15");
                    });
            assertThat(letter.pendingExtension()).isEmpty();
        }

        @Test
        void onlyOneExtensionRequestMayWaitAtATime() {
            Letter letter = Scenes.inProgressWithExtensionRequest();

            assertThatThrownBy(() -> letter.requestExtension(HOUSING_CLERK, NOW, 1, "再延一天"))
                    .hasMessage("已有一项延期申请等待审批，请等待审批结果。");
        }

        @Test
        void anExtensionNeedsAReasonAndBetweenOneAndThirtyWorkingDays() {
            Letter letter = Scenes.inProgress();

            assertThatThrownBy(() -> letter.requestExtension(HOUSING_CLERK, NOW, 0, "理由")).hasMessage("延期天数应为1至30个工作日。");
            assertThatThrownBy(() -> letter.requestExtension(HOUSING_CLERK, NOW, 31, "理由")).hasMessage("延期天数应为1至30个工作日。");
            assertThatThrownBy(() -> letter.requestExtension(HOUSING_CLERK, NOW, 3, "")).hasMessage("延期理由不能为空。");
        }

        @Test
        void aSecondExtensionAfterTheFirstWasGrantedCountsOnFromTheNewDueDate() {
            Letter letter = Scenes.inProgressWithExtensionRequest();
            letter.grantExtension(DISPATCHER, NOW, 3, null, CALENDAR);

            letter.requestExtension(HOUSING_CLERK, shanghai("2025-10-20T16:00"), 2, "仍在施工");
            letter.grantExtension(DISPATCHER, NOW, 2, null, CALENDAR);

            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 22));
            assertThat(letter.extensionDays()).isEqualTo(5);
        }
    }

    @Nested
    class Review {

        @Test
        void aReplySentBackReturnsToTheDepartmentWithTheReviewersRemark() {
            Letter letter = Scenes.inReview();

            letter.sendBackReply(DISPATCHER, NOW, "请写明修复日期");

            assertThat(letter.status()).isEqualTo(LetterStatus.IN_PROGRESS);
            assertThat(letter.history().getLast().remark()).isEqualTo("请写明修复日期");
            assertThat(letter.answeredAt()).isEmpty();
        }

        @Test
        void aSendBackWithoutARemarkIsRefused() {
            assertThatThrownBy(() -> Scenes.inReview().sendBackReply(HOUSING_HEAD, NOW, null)).hasMessage("修改意见不能为空。");
        }

        @Test
        void theDepartmentLeaderWhoDraftedTheReplyCannotApproveItHimself() {
            Letter letter = Scenes.inProgress();
            letter.submitReply(HOUSING_HEAD, NOW, "已修复。");

            assertThatThrownBy(() -> letter.approveReply(HOUSING_HEAD, NOW, null))
                    .hasMessage("「审核通过答复」：答复须由起草人以外的人审核。");
            letter.approveReply(DISPATCHER, NOW, null);
            assertThat(letter.status()).isEqualTo(LetterStatus.ANSWERED);
        }

        @Test
        void theCitizenSeesTheReplyOnlyOnceApproved() {
            Letter letter = Scenes.inReview();
            assertThat(letter.answeredAt()).isEmpty();

            letter.approveReply(HOUSING_HEAD, NOW, null);

            assertThat(letter.answeredAt()).contains(NOW);
            assertThat(letter.events().getLast().name()).isEqualTo("LetterReplied");
        }
    }

    @Nested
    class RatingAndReopening {

        @Test
        void aCitizenRatesAReplyOnlyOnce() {
            Letter letter = Scenes.answeredUnsatisfied();

            assertThatThrownBy(() -> letter.rate(citizenOf(letter), NOW, Rating.SATISFIED, null))
                    .hasMessage("您已评价过这份答复（不满意），每份答复只能评价一次。");
            assertThat(letter.rating()).contains(Rating.UNSATISFIED);
        }

        @Test
        void basicallySatisfiedClosesTheLetterLikeSatisfied() {
            Letter letter = Scenes.answered();

            letter.rate(citizenOf(letter), NOW, Rating.BASICALLY_SATISFIED, null);

            assertThat(letter.status()).isEqualTo(LetterStatus.CLOSED);
        }

        @Test
        void anUnsatisfiedCitizenMayReopenOnceAndTheDepartmentGetsAFreshPeriod() {
            Letter letter = Scenes.answeredUnsatisfied();

            letter.reopen(citizenOf(letter), NOW, "还有两个路灯不亮", CALENDAR);

            assertThat(letter.status()).isEqualTo(LetterStatus.IN_PROGRESS);
            assertThat(letter.assignment()).map(Assignment::leadUnit).contains("housing");
            assertThat(letter.reopenReason()).contains("还有两个路灯不亮");
            assertThat(letter.ratingBeforeReopen()).contains(Rating.UNSATISFIED);
            assertThat(letter.rating()).isEmpty();
            // Reopened Thursday 2025-10-09; 7 working days counting the worked Saturday 10-11.
            assertThat(letter.periodStart()).contains(LocalDate.of(2025, 10, 9));
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 17));
        }

        @Test
        void aLetterIsReopenedAtMostOnce() {
            Letter letter = Scenes.answeredAgainAfterReopening();

            assertThatThrownBy(() -> letter.reopen(citizenOf(letter), NOW, "还是不满意", CALENDAR))
                    .hasMessage("此信件已重新办理过一次，不能再次申请重新办理。");
            assertThat(letter.status()).isEqualTo(LetterStatus.ANSWERED);
        }

        @Test
        void theSecondReplyAfterReopeningMayBeRatedOnceItself() {
            Letter letter = Scenes.answeredAgainAfterReopening();

            assertThat(letter.rating()).contains(Rating.UNSATISFIED);
            assertThat(letter.history()).filteredOn(h -> h.action() == LetterAction.RATE).hasSize(2);
        }

        @Test
        void reopeningNeedsAnUnsatisfiedRatingFirst() {
            Letter letter = Scenes.answered();

            assertThatThrownBy(() -> letter.reopen(citizenOf(letter), NOW, "不满意", CALENDAR))
                    .hasMessage("只有评价为「不满意」的答复才能申请重新办理，请先评价。");
        }

        @Test
        void theCitizensPageOffersRatingAndReopeningExactlyWhenTheyWouldBeAccepted() {
            assertThat(Scenes.inReview().mayBeRated()).isFalse();
            assertThat(Scenes.answered().mayBeRated()).isTrue();
            assertThat(Scenes.answered().mayBeReopened()).isFalse();
            assertThat(Scenes.answeredUnsatisfied().mayBeRated()).isFalse();
            assertThat(Scenes.answeredUnsatisfied().mayBeReopened()).isTrue();
            assertThat(Scenes.answeredAgainAfterReopening().mayBeReopened()).isFalse();
            assertThat(Scenes.closed().mayBeRated()).isFalse();
        }

        @Test
        void reopeningNeedsTheCitizensReason() {
            Letter letter = Scenes.answeredUnsatisfied();

            assertThatThrownBy(() -> letter.reopen(citizenOf(letter), NOW, " ", CALENDAR)).hasMessage("重新办理的理由不能为空。");
        }

        @Test
        void theDispatcherClosesALetterTheCitizenLeftUnrated() {
            Letter letter = Scenes.answered();

            letter.close(DISPATCHER, NOW, "来信人10个工作日内未评价");

            assertThat(letter.status()).isEqualTo(LetterStatus.CLOSED);
            assertThat(letter.rating()).isEmpty();
            assertThat(letter.history().getLast().remark()).isEqualTo("来信人10个工作日内未评价");
        }
    }

    @Nested
    class CalendarChanges {

        @Test
        void aDueDateComputedWithoutTheYearsHolidaysMovesWhenTheScheduleIsLoaded() {
            WorkingDayCalendar withoutThe2025Schedule = new WorkingDayCalendar(
                    HolidaySchedule.parse("date,kind,holiday\n2024-10-01,OFF,国庆节\n"));
            Letter letter = Scenes.submitted();
            letter.accept(DISPATCHER, NOW, LetterType.COMPLAINT, withoutThe2025Schedule.compute(letter.receivedOn(), 7));
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 8));

            boolean moved = letter.recomputeDueDate(CALENDAR, NOW);

            assertThat(moved).isTrue();
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 15));
            assertThat(letter.history().getLast().action()).isEqualTo(LetterAction.RECOMPUTE_DEADLINE);
            assertThat(letter.history().getLast().remark()).isEqualTo("节假日安排调整，截止日期由2025-10-08改为2025-10-15");
            assertThat(letter.recomputeDueDate(CALENDAR, NOW)).isFalse();
        }

        @Test
        void recomputingKeepsGrantedExtensions() {
            Letter letter = Scenes.inProgressWithExtensionRequest();
            letter.grantExtension(DISPATCHER, NOW, 3, null, CALENDAR);

            assertThat(letter.recomputeDueDate(CALENDAR, NOW)).isFalse();
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 20));
        }

        @Test
        void anAnsweredLetterKeepsItsDueDateWhenTheCalendarChanges() {
            Letter letter = Scenes.answered();
            WorkingDayCalendar weekendsOnly = new WorkingDayCalendar(HolidaySchedule.parse("date,kind,holiday\n2024-10-01,OFF,国庆节\n"));

            assertThat(letter.recomputeDueDate(weekendsOnly, NOW)).isFalse();
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 15));
        }
    }

    @Test
    void aRefusalNamesTheRolesThatMayActInChinese() {
        Letter letter = Scenes.inProgressWithExtensionRequest();

        assertThatThrownBy(() -> letter.grantExtension(HOUSING_HEAD, NOW, 1, null, CALENDAR))
                .hasMessage("「同意延期」只能由分办员或督查员办理。");
        assertThatThrownBy(() -> Scenes.submitted().accept(EDITOR, NOW, LetterType.OTHER, CALENDAR.compute(LocalDate.of(2025, 9, 29), 7)))
                .hasMessage("「受理」只能由分办员办理。");
        assertThat(letter.pendingExtension()).isPresent();
    }

    @Test
    void aWrongStateIsExplainedWithTheCurrentStatusInChinese() {
        assertThatThrownBy(() -> Scenes.closed().close(DISPATCHER, NOW, null))
                .hasMessage("信件当前状态为「已办结」，不能「办结」。");
    }

    @Test
    void anActorFromTheTokenKeepsOnlyTheLetterRoles() {
        Actor actor = Actor.of(new io.zhengtong.platform.security.CurrentUser("lina", "李娜", "gov-office",
                java.util.Set.of("dispatcher", "editor", "staff")));

        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.DISPATCHER, Role.STAFF);
        assertThat(actor.belongsTo("gov-office")).isTrue();
    }
}
