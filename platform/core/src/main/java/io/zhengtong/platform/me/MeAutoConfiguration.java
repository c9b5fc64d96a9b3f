package io.zhengtong.platform.me;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

import io.zhengtong.platform.directory.DirectoryAutoConfiguration;

@AutoConfiguration(after = DirectoryAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("zhengtong.service.name")
@Import(MeController.class)
public class MeAutoConfiguration {
}
