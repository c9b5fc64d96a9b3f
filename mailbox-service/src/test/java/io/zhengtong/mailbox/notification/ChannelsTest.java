package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Each channel against a real local server, and against none. */
class ChannelsTest {

    static NotificationProperties properties(Integer smppPort) {
        return new NotificationProperties(true, null, "凤县人民政府", "noreply@fengxian.example.gov.cn",
                new NotificationProperties.Sms(smppPort == null ? null : "127.0.0.1", smppPort, "zhengtong", "secret", null,
                        "10690917", Duration.ofSeconds(3)),
                Map.of(), null, null, null);
    }

    static Notice sms(String text) {
        return new Notice(Audience.CITIZEN, "citizen", Channel.SMS, "13812345678", Template.RECEIVED, null, text);
    }

    static EmailChannel email(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "3000");
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new EmailChannel(beans.getBeanProvider(JavaMailSender.class), properties(null));
    }

    @Test
    void aChineseSmsArrivesIntactAndALongOneTravelsAsPayload() throws Exception {
        int port = TestSmsCentre.freePort();
        try (TestSmsCentre centre = new TestSmsCentre(port)) {
            SmsChannel channel = new SmsChannel(properties(port));
            String shortText = "【凤县人民政府】您的来信（查询码ABCD-EFGH-JKMN）已于11月22日答复，请凭查询码和密码查看。";
            String longText = "【凤县人民政府】" + "很长的通知".repeat(20);

            channel.send(sms(shortText));
            channel.send(sms(longText));

            assertThat(centre.received()).extracting(TestSmsCentre.Sms::to, TestSmsCentre.Sms::from, TestSmsCentre.Sms::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("13812345678", "10690917", shortText),
                        org.assertj.core.groups.Tuple.tuple("13812345678", "10690917", longText));
        }
    }

    @Test
    void anSmsCentreThatDoesNotAnswerMakesTheSmsWaitForARetry() {
        SmsChannel channel = new SmsChannel(properties(TestSmsCentre.freePort()));
        assertThatThrownBy(() -> channel.send(sms("【凤县人民政府】测试"))).isInstanceOf(NotificationChannel.Unavailable.class);
    }

    @Test
    void withoutAnSmsHostTheChannelIsNotConfigured() {
        assertThat(new SmsChannel(properties(null)).configured()).isFalse();
    }

    @Test
    void anEmailArrivesWithItsChineseSubjectAndSender() throws Exception {
        int port = TestSmsCentre.freePort();
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            Notice notice = new Notice(Audience.CITIZEN, "citizen", Channel.EMAIL, "zhang@example.com", Template.ANSWERED,
                    "【凤县人民政府】您的来信已答复", "您好！\n\n您的来信已答复。\n");
            email(port).send(notice);

            assertThat(server.getReceivedMessages()).hasSize(1);
            var message = server.getReceivedMessages()[0];
            assertThat(message.getSubject()).isEqualTo("【凤县人民政府】您的来信已答复");
            assertThat(message.getFrom()[0].toString()).contains("noreply@fengxian.example.gov.cn");
            assertThat(String.valueOf(message.getContent())).contains("您的来信已答复。");
        } finally {
            server.stop();
        }
    }

    @Test
    void aMailServerThatDoesNotAnswerMakesTheEmailWaitForARetry() {
        Notice notice = new Notice(Audience.CITIZEN, "citizen", Channel.EMAIL, "zhang@example.com", Template.ANSWERED, "主题", "正文");
        assertThatThrownBy(() -> email(TestSmsCentre.freePort()).send(notice)).isInstanceOf(NotificationChannel.Unavailable.class);
    }

    @Test
    void aMalformedAddressIsRefusedForGood() {
        Notice notice = new Notice(Audience.CITIZEN, "citizen", Channel.EMAIL, "not an address@@", Template.ANSWERED, "主题", "正文");
        assertThatThrownBy(() -> email(TestSmsCentre.freePort()).send(notice)).isInstanceOf(NotificationChannel.Refused.class);
    }
}
