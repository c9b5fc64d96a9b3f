package io.zhengtong.mailbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 领导信箱服务：群众来信的办理、时限、督办与统计. */
@SpringBootApplication
public class MailboxApplication {

    public static void main(String[] args) {
        SpringApplication.run(MailboxApplication.class, args);
    }
}
