package io.zhengtong.mailbox.dispatch;

import io.zhengtong.mailbox.letter.HistoryEntry;
import io.zhengtong.mailbox.letter.Letter;
import java.util.List;

/**
 * The names the OA shows for the accounts a letter mentions (批办领导, 起草人, who asked for more
 * days): an account like {@code liu.yang} means nothing to a clerk, 刘洋 does.
 */
final class DisplayNames {

    private DisplayNames() {
    }

    /** The leader's name as the dispatcher picked it; else the name they acted under on this letter. */
    static String designatedLeader(Letter letter) {
        return letter.designatedLeader()
            .map(username -> letter.designatedLeaderName().orElseGet(() -> actedAs(letter.history(), username)))
            .orElse(null);
    }

    /**
     * The name the account acted under most recently on this letter (the token's name at the time),
     * {@code null} when it never acted on it or has no name.
     */
    static String actedAs(List<HistoryEntry> history, String username) {
        if (username == null) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            if (username.equals(entry.username()) && entry.name() != null && !entry.name().isBlank()) {
                return entry.name();
            }
        }
        return null;
    }
}
