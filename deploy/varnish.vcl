#
# Varnish 7.1 in front of the web nodes: caches what the site marks public, for every anonymous visitor.
#
#   nginx (TLS) -> Varnish :6081 -> round-robin over web1, web2 (gunicorn), each probed on /healthz
#
# What is cached is the site's decision, not this file's: only responses that say
# "Cache-Control: public, ..., s-maxage=N" and set no cookie (core/page_cache.py marks anonymous pages
# so). Everything else is fetched for every request (hit-for-miss). Signed-in visitors (a sessionid or
# messages cookie), every request but GET and HEAD, and the admin, account and personal URLs pass
# straight through. A stopped node: its requests are retried on the other one at once, and its probe
# takes it out within seconds; with every node down, cached pages are served stale for up to 6 hours.
#
# The site-specific part (the two backends and who may purge) is a separate file, found on vcl_path:
# deploy/varnish-nodes.vcl as /etc/varnish/portal-nodes.vcl (systemd), deploy/compose/portal-nodes.vcl
# (compose). Install this file as /etc/varnish/default.vcl.
#
# Purging (core/frontend_cache.py, from an address in the "purgers" ACL):
#   PURGE /en/news/ HTTP/1.1        bans that path with every query string (/en/news/?page=2 too), any host
#   BAN / HTTP/1.1                  bans everything
# Both answer 200; from any other address 405. nginx refuses both methods from the outside.
# Responses carry X-Cache (HIT, MISS or PASS) and Age for operators; the objects' internal headers
# (x-path) never leave Varnish.

vcl 4.1;

import std;
import directors;

# /healthz answers 200 while the node's database does (home.views.healthz). The Host must be one of
# ALLOWED_HOSTS (the public name, as in nginx.conf) and X-Forwarded-Proto keeps SECURE_SSL_REDIRECT
# from answering with a redirect.
probe portal_health {
    .request =
        "GET /healthz HTTP/1.1"
        "Host: offshore.example.cn"
        "X-Forwarded-Proto: https"
        "User-Agent: Varnish health probe"
        "Connection: close";
    .expected_response = 200;
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# Defines backends web1 and web2 (with .probe = portal_health) and acl purgers.
include "portal-nodes.vcl";

sub vcl_init {
    new web = directors.round_robin();
    web.add_backend(web1);
    web.add_backend(web2);
}

sub vcl_recv {
    call vcl_req_host;
    set req.backend_hint = web.backend();
    unset req.http.x-cache;
    unset req.http.x-portal-cookie;

    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # Lurker-friendly: the ban tests only the object (obj.*), never the request, so the ban lurker
        # evicts what it matches in the background and the ban list stays short.
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.status != 0");
        return (synth(200, "Banned everything"));
    }
    if (req.method == "PRI") {
        return (synth(405));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed in (sessionid), a message waiting to be shown once (messages), or credentials: personal.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # The admins, accounts and personal pages (in both languages, portal/urls.py), what a token link
    # opens, uploads behind a permission check, search (every query is logged) and the health check.
    if (req.url ~ "^/(admin|django-admin|documents|payments|healthz)(/|\?|$)"
        || req.url ~ "^/(en|zh-hans)/(accounts|account|service-requests|payments|judging|search)/"
        || req.url ~ "^/(en|zh-hans)/(opportunities|challenges)/(dashboard|mine|new|saved-searches)/"
        || req.url ~ "^/(en|zh-hans)/(opportunities|challenges)/(introductions|unsubscribe|renew|opt-out)/"
        || req.url ~ "^/(en|zh-hans)/(opportunities|challenges)/(team-invitations|submissions|attachments)/"
        || req.url ~ "^/(en|zh-hans)/competitions/(soft-landing/|[0-9]+/apply/|[0-9]+/application/)") {
        return (pass);
    }
    # Anonymous GET/HEAD: the lookup ignores cookies (csrftoken, the language), so every anonymous
    # visitor shares one copy. The backend still sees them (vcl_backend_fetch puts them back), so
    # a form page keeps the visitor's CSRF cookie instead of issuing a new one for every tab.
    if (req.http.Cookie) {
        set req.http.x-portal-cookie = req.http.Cookie;
        unset req.http.Cookie;
    }
    # A healthy director serves objects at most 10 s past their time while refetching them; with
    # every node down, whatever grace is left (beresp.grace below).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_hit {
    set req.http.x-cache = "HIT";
}

sub vcl_miss {
    set req.http.x-cache = "MISS";
}

sub vcl_pass {
    set req.http.x-cache = "PASS";
}

sub vcl_backend_fetch {
    # The variant (Vary) was recorded from the request as looked up, without cookies; the backend
    # gets the visitor's cookies back and decides (private) whether its answer is personal.
    if (bereq.http.x-portal-cookie) {
        set bereq.http.Cookie = bereq.http.x-portal-cookie;
        unset bereq.http.x-portal-cookie;
    }
    unset bereq.http.x-cache;
}

sub vcl_backend_response {
    # The path without its query string, for PURGE's ban.
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");

    if (bereq.uncacheable) {
        return (deliver);
    }
    # A background refresh during grace that fails keeps the stale copy instead of caching the error.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Only what the site marks public with a shared-cache lifetime, and nothing that sets a cookie or
    # says it is someone's: the rest is hit-for-miss (fetched every time, and cached as soon as the
    # page becomes public).
    if (beresp.ttl <= 0s
        || beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(?i)(^|[\s,])public([\s,]|$)"
        || beresp.http.Cache-Control !~ "(?i)s-maxage=[1-9]"
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Vary == "*") {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Shared by every anonymous visitor: the lookup had no cookies (vcl_recv), but Varnish records the
    # variant from the request the backend got, which had them back.
    if (beresp.http.Vary ~ "(?i)\bcookie\b") {
        set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(^|,)\s*cookie\s*(?=,|$)", "");
        set beresp.http.Vary = regsub(beresp.http.Vary, "^\s*,\s*", "");
        if (beresp.http.Vary == "") {
            unset beresp.http.Vary;
        }
    }
    # Served stale while the nodes are down (and for 10 s while one refetches, vcl_recv).
    set beresp.grace = 6h;
    return (deliver);
}

sub vcl_backend_error {
    # A node that refuses connections (stopped, restarting) before its probe marks it sick: try the
    # next one. Only GET and HEAD, which are safe to send twice.
    if ((bereq.method == "GET" || bereq.method == "HEAD") && bereq.retries < 3) {
        return (retry);
    }
}

sub vcl_deliver {
    set resp.http.X-Cache = req.http.x-cache;
    unset resp.http.x-path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
