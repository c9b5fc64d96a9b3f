package io.zhengtong.meeting;

import io.zhengtong.platform.test.ServiceContractTests;

/** 会议通知服务：会议通知、参会报名、签到与导出 meets the contract every service meets: health, OpenAPI, /me, 401 and 403 problems. */
class MeetingNoticeServiceContractIT extends ServiceContractTests {
}
