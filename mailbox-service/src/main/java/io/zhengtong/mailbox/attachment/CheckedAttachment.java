package io.zhengtong.mailbox.attachment;

/** A file that passed the checks: its place on the letter (1..n), a safe name and the sniffed type. */
public record CheckedAttachment(int position, String fileName, FileType type, byte[] content) {

    @Override
    public String toString() {
        return "CheckedAttachment[" + position + ", " + type + ", " + content.length + " bytes]";
    }
}
