package io.zhengtong.meeting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 会议通知服务：会议通知、参会报名、签到与导出. */
@SpringBootApplication
public class MeetingNoticeApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeetingNoticeApplication.class, args);
    }
}
