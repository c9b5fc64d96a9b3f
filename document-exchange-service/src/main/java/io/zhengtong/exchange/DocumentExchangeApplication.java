package io.zhengtong.exchange;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 电子公文交换服务：编号、签名、分发、签收与收文办理. */
@SpringBootApplication
public class DocumentExchangeApplication {

    public static void main(String[] args) {
        SpringApplication.run(DocumentExchangeApplication.class, args);
    }
}
