package nl.eentegeneenzaamheid.coalition.platform.mail;

import java.nio.charset.StandardCharsets;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The mail templates (Spring expressions): one engine for the HTML part, one for the plain-text part. */
record MailTemplates(ITemplateEngine html, ITemplateEngine text) {

    static MailTemplates fromClasspath() {
        return new MailTemplates(engine(".html", TemplateMode.HTML), engine(".txt", TemplateMode.TEXT));
    }

    private static ITemplateEngine engine(String suffix, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
