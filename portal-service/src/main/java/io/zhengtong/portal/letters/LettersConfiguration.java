package io.zhengtong.portal.letters;

import java.time.Clock;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The website's mailbox pages call mailbox-service over OpenFeign. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = { MailboxApi.class, CitizenMailboxApi.class })
class LettersConfiguration {

    @Bean
    MailboxAttachmentRules mailboxAttachmentRules(MailboxService mailbox) {
        return new MailboxAttachmentRules(mailbox::attachmentRules, Clock.systemUTC());
    }
}
