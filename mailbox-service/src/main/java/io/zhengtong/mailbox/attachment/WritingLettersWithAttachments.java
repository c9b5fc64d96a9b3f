package io.zhengtong.mailbox.attachment;

import io.zhengtong.mailbox.citizen.CitizenAccount;
import io.zhengtong.mailbox.citizen.LetterForm;
import io.zhengtong.mailbox.citizen.WritingLetters;
import io.zhengtong.mailbox.citizen.WritingLetters.Receipt;
import io.zhengtong.mailbox.ratelimit.ClientAddress;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.tracking.TrackingCode;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen writes a letter with files: the files are checked first, then the letter is written
 * exactly as without files ({@link WritingLetters}) and the files stored with it, all in one
 * transaction: a bad file saves nothing, a letter is never stored without the files it came with.
 */
@Service
public class WritingLettersWithAttachments {

    private final AttachmentCheck check;
    private final WritingLetters writing;
    private final Letters letters;
    private final LetterAttachments attachments;
    private final Clock clock;

    WritingLettersWithAttachments(AttachmentCheck check, WritingLetters writing, Letters letters,
            LetterAttachments attachments, Clock clock) {
        this.check = check;
        this.writing = writing;
        this.letters = letters;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Transactional
    public Receipt submit(LetterForm form, List<Upload> uploads, ClientAddress from) {
        return submit(form, uploads, from, null);
    }

    /** The same for a citizen writing logged in ({@code writer}, see {@link WritingLetters#submit(LetterForm, ClientAddress, CitizenAccount)}). */
    @Transactional
    public Receipt submit(LetterForm form, List<Upload> uploads, ClientAddress from, CitizenAccount writer) {
        List<CheckedAttachment> files = check.check(uploads);
        Receipt receipt = writing.submit(form, from, writer);
        String letterId = letters.findByTrackingCode(TrackingCode.parse(receipt.trackingCode())).orElseThrow()
            .letter().id().toString();
        for (CheckedAttachment file : files) {
            attachments.add(letterId, file, clock.instant());
        }
        return receipt;
    }
}
