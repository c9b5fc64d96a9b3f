package io.zhengtong.exchange.keys;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeyStoreProperties.class)
class KeysConfiguration {
}
