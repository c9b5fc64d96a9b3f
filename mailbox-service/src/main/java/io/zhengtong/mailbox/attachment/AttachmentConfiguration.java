package io.zhengtong.mailbox.attachment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentRules.class)
class AttachmentConfiguration {

    @Bean
    AttachmentCheck attachmentCheck(AttachmentRules rules) {
        return new AttachmentCheck(rules);
    }
}
