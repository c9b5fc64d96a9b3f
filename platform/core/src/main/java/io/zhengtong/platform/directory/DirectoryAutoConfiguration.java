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

    // One token for the service: the directory and the people lookups ask Keycloak with the same client.
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("zhengtong.directory.keycloak-url")
    KeycloakServiceAccount keycloakServiceAccount(DirectoryProperties properties, RestClient.Builder http) {
        return new KeycloakServiceAccount(properties, http.clone().baseUrl(properties.keycloakUrl()).build(),
                Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("zhengtong.directory.keycloak-url")
    OrganisationDirectory organisationDirectory(DirectoryProperties properties, RestClient.Builder http,
            KeycloakServiceAccount account) {
        return new KeycloakOrganisationDirectory(properties, http, account);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("zhengtong.directory.keycloak-url")
    UnitMembers unitMembers(DirectoryProperties properties, RestClient.Builder http, KeycloakServiceAccount account,
            OrganisationDirectory directory) {
        return new KeycloakUnitMembers(properties, http, account, directory);
    }
}
