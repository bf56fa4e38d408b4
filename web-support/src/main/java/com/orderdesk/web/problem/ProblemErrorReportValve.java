package com.orderdesk.web.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Tomcat answers itself, for a request it refuses before any application sees it (a malformed escape in the
 * path, an illegal character in the request line): problem details like every other answer, instead of Tomcat's
 * HTML error page with its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        URI type = status == 404 ? CommonProblemTypes.NOT_FOUND
                : status >= 500 ? CommonProblemTypes.INTERNAL_ERROR : CommonProblemTypes.INVALID_REQUEST;
        try {
            response.setContentType(RawProblem.CONTENT_TYPE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(RawProblem.json(type, known == null ? "Error" : known.getReasonPhrase(), status,
                                             "The request could not be read."));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is closed: nothing more to tell.
        }
    }
}
