package io.zhengtong.mailbox.dispatch;

import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterAction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The staff steps as the API names them: the last path segment of
 * {@code POST /api/mailbox/letters/{id}/<segment>}, which is also what {@code allowedActions} lists.
 */
public final class ActionSegments {

    private static final Map<LetterAction, String> SEGMENTS = new EnumMap<>(Map.ofEntries(
            Map.entry(LetterAction.ACCEPT, "accept"),
            Map.entry(LetterAction.REJECT_INVALID, "reject"),
            Map.entry(LetterAction.MERGE, "merge"),
            Map.entry(LetterAction.FORWARD_TO_LEADER, "forward"),
            Map.entry(LetterAction.ASSIGN, "assign"),
            Map.entry(LetterAction.INSTRUCT, "instruct"),
            Map.entry(LetterAction.WITHDRAW_FROM_LEADER, "withdraw-from-leader"),
            Map.entry(LetterAction.SIGN_FOR, "sign-for"),
            Map.entry(LetterAction.RETURN, "return"),
            Map.entry(LetterAction.REQUEST_EXTENSION, "extension-request"),
            Map.entry(LetterAction.GRANT_EXTENSION, "extension-grant"),
            Map.entry(LetterAction.REFUSE_EXTENSION, "extension-refuse"),
            Map.entry(LetterAction.SUBMIT_REPLY, "reply"),
            Map.entry(LetterAction.APPROVE_REPLY, "reply-approve"),
            Map.entry(LetterAction.SEND_BACK_REPLY, "reply-send-back"),
            Map.entry(LetterAction.CLOSE, "close"),
            Map.entry(LetterAction.ASSISTING_OPINION, "assisting-opinion")));

    private ActionSegments() {
    }

    /** The path segment of a staff step ({@link Letter#STAFF_STEPS}). */
    public static String of(LetterAction step) {
        String segment = SEGMENTS.get(step);
        if (segment == null) {
            throw new IllegalArgumentException(step + " is not a staff step");
        }
        return segment;
    }

    public static List<String> of(List<LetterAction> steps) {
        return steps.stream().map(ActionSegments::of).toList();
    }
}
