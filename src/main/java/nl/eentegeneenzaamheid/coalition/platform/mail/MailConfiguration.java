package nl.eentegeneenzaamheid.coalition.platform.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailTemplates mailTemplates() {
        return MailTemplates.fromClasspath();
    }
}
