package io.zhengtong.platform.directory;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

@AutoConfiguration(after = RestClientAutoConfiguration.class)
@EnableConfigurationProperties(DirectoryProperties.class)
public class DirectoryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("zhengtong.directory.keycloak-url")
    OrganisationDirectory organisationDirectory(DirectoryProperties properties, RestClient.Builder http) {
        return new KeycloakOrganisationDirectory(properties, http, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("zhengtong.directory.keycloak-url")
    UnitMembers unitMembers(DirectoryProperties properties, RestClient.Builder http, OrganisationDirectory directory) {
        return new KeycloakUnitMembers(properties, http, Clock.systemUTC(), directory);
    }
}
