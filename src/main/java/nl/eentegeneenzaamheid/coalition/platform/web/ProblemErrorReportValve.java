package nl.eentegeneenzaamheid.coalition.platform.web;

import java.io.IOException;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, before any servlet (an address it cannot decode, say): a problem detail or a Dutch
 * page instead of Tomcat's HTML report. Replaces the host's error report valve.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setSuspended(false);
            response.resetBuffer();
            ErrorResponses.write(request.getRequest(), response.getResponse(),
                    ErrorResponses.forStatus(HttpStatusCode.valueOf(status)));
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response already committed: nothing more to say
        }
    }

    /** Installs the valve on the embedded Tomcat's host, in place of Tomcat's own report. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                boolean installed = false;
                for (Valve valve : host.getPipeline().getValves()) {
                    installed |= valve instanceof ProblemErrorReportValve;
                }
                if (!installed) {
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                }
            });
        }

        /** After Spring Boot's own customizer, which installs Tomcat's report valve. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
