package dev.civkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;

/**
 * What the proxy in front of the live API answers when it gives up or the service behind it fails:
 * nginx's own HTML pages, or nothing at all, never the API's ProblemDetails.
 */
final class Gateway {
    private Gateway() {}

    /** A held long-poll cut: a 504 with nginx's page, then a 502 with an empty body, in turn. */
    static void cut(HttpExchange ex, long n) {
        if (n % 2 == 1) htmlError(ex, 504);
        else Http.sendEmpty(ex, 502);
    }

    static void htmlError(HttpExchange ex, int status) {
        String title = switch (status) {
            case 500 -> "500 Internal Server Error";
            case 502 -> "502 Bad Gateway";
            case 503 -> "503 Service Temporarily Unavailable";
            case 504 -> "504 Gateway Time-out";
            default -> status + " Error";
        };
        String page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        ex.getResponseHeaders().set("Content-Type", "text/html");
        Http.send(ex, status, page.getBytes(StandardCharsets.UTF_8));
    }
}
