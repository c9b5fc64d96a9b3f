package io.zhengtong.mailbox.attachment;

/** A file as it came in: the name the sender gave it (not trusted for anything but display) and its bytes. */
public record Upload(String fileName, byte[] content) {

    @Override
    public String toString() {
        return "Upload[" + content.length + " bytes]";
    }
}
