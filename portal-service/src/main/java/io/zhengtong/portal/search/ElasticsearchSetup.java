package io.zhengtong.portal.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;

/**
 * Makes Boot's Elasticsearch client (elasticsearch-java 9) talk to our 8.x servers: it must ask
 * for the version-8-compatible media type on every request, in both headers, or every call fails
 * with "Invalid media-type value on headers". Default headers on the client builder do not reach
 * the transport; these options do (Boot's transport picks this bean up).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class ElasticsearchSetup {

    static final String COMPATIBLE_WITH_8 = "application/vnd.elasticsearch+json; compatible-with=8";

    @Bean
    Rest5ClientOptions compatibleWithElasticsearch8() {
        return new Rest5ClientOptions(RequestOptions.DEFAULT.toBuilder()
            .addHeader("Accept", COMPATIBLE_WITH_8)
            .addHeader("Content-Type", COMPATIBLE_WITH_8)
            .build(), false);
    }
}
