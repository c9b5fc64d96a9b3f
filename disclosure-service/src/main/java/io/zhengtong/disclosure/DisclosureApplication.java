package io.zhengtong.disclosure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 政府信息公开服务：公开指南、目录与依申请公开. */
@SpringBootApplication
public class DisclosureApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisclosureApplication.class, args);
    }
}
