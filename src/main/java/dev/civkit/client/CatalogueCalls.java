package dev.civkit.client;

import dev.civkit.air.Air;
import dev.civkit.request.Ids;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** GetResource, ListServices and GetService: what the service offers. */
final class CatalogueCalls {
    private final Transport c;

    CatalogueCalls(Transport c) {
        this.c = c;
    }

    ResourceInfo resource(Air air) {
        HttpUrl u = c.url("v2", "resources", air.toString()).build();
        return c.json("GetResource", new Request.Builder().url(u).get().build(), true, null, ResourceInfo.class);
    }

    ServicePage services(ServiceQuery q) {
        HttpUrl.Builder u = c.url("v2", "services");
        if (q.category() != null) u.addQueryParameter("category", q.category());
        if (q.prefix() != null) u.addQueryParameter("prefix", q.prefix());
        for (String t : q.tags()) u.addQueryParameter("tags", t);
        if (q.query() != null) u.addQueryParameter("query", q.query());
        if (q.status() != null) u.addQueryParameter("status", q.status());
        if (q.window() != null) u.addQueryParameter("window", q.window());
        if (q.limit() != null) u.addQueryParameter("limit", q.limit().toString());
        if (q.offset() != null) u.addQueryParameter("offset", q.offset().toString());
        return c.json("ListServices", new Request.Builder().url(u.build()).get().build(), true, null, ServicePage.class);
    }

    Service service(String serviceId, String window) {
        // One path segment: the id's slashes travel encoded.
        HttpUrl.Builder u = c.url("v2", "services", Ids.checkServiceId(serviceId, "serviceId"));
        if (window != null) u.addQueryParameter("window", window);
        return c.json("GetService", new Request.Builder().url(u.build()).get().build(), true, null, Service.class);
    }
}
