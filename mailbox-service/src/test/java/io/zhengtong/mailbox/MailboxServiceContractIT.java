package io.zhengtong.mailbox;

import io.zhengtong.platform.test.ServiceContractTests;

/** 领导信箱服务：群众来信的办理、时限、督办与统计 meets the contract every service meets: health, OpenAPI, /me, 401 and 403 problems. */
class MailboxServiceContractIT extends ServiceContractTests {
}
