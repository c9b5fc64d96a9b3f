package io.zhengtong.mailbox.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Boot's {@code JavaMailSender}, which exists only when {@code spring.mail.host}
 * is set. A connection failure is {@link Unavailable} (retried); an address the server refuses
 * is {@link Refused}.
 */
@Component
class EmailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void send(Notice notice) throws Unavailable, Refused {
        JavaMailSender mail = sender.getObject();
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom(), properties.signature());
            helper.setTo(notice.address());
            helper.setSubject(notice.subject());
            helper.setText(notice.text(), false);
            mail.send(message);
        }
        catch (MessagingException | UnsupportedEncodingException | MailParseException | MailPreparationException badAddress) {
            throw new Refused("the e-mail could not be built for " + notice.maskedAddress(), badAddress);
        }
        catch (MailException failed) {
            if (refusedRecipient(failed)) {
                throw new Refused("the mail server refused " + notice.maskedAddress(), failed);
            }
            throw new Unavailable("the mail server is unavailable: " + failed.getMessage(), failed);
        }
    }

    /** The server said the address is invalid (e.g. 550), as opposed to not answering at all. */
    private static boolean refusedRecipient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        if (failure instanceof org.springframework.mail.MailSendException send) {
            return send.getFailedMessages().values().stream().anyMatch(EmailChannel::refusedRecipient);
        }
        return false;
    }
}
