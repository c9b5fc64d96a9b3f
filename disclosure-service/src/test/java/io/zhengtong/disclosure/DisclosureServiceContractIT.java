package io.zhengtong.disclosure;

import io.zhengtong.platform.test.ServiceContractTests;

/** 政府信息公开服务：公开指南、目录与依申请公开 meets the contract every service meets: health, OpenAPI, /me, 401 and 403 problems. */
class DisclosureServiceContractIT extends ServiceContractTests {
}
