package io.zhengtong.portal;

import io.zhengtong.platform.test.ServiceContractTests;

/** 门户网站服务：栏目、文章、审核、站内搜索与公众网站 meets the contract every service meets: health, OpenAPI, /me, 401 and 403 problems. */
class PortalServiceContractIT extends ServiceContractTests {
}
