package io.zhengtong.exchange;

import io.zhengtong.platform.test.ServiceContractTests;

/** 电子公文交换服务：编号、签名、分发、签收与收文办理 meets the contract every service meets: health, OpenAPI, /me, 401 and 403 problems. */
class DocumentExchangeServiceContractIT extends ServiceContractTests {
}
