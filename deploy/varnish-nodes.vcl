# The site-specific part of deploy/varnish.vcl for one machine run by systemd: install it as
# /etc/varnish/portal-nodes.vcl (varnishd finds it on vcl_path). The web nodes are
# portal-web@8001 and portal-web@8002 (deploy/systemd/portal-web@.service); on more machines, point
# .host at each node's private address and add that network to purgers.

backend web1 {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = portal_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
}

backend web2 {
    .host = "127.0.0.1";
    .port = "8002";
    .probe = portal_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
}

# Who may send PURGE and BAN: the web nodes and the task worker (core/frontend_cache.py). nginx also
# connects from loopback, so deploy/nginx.conf refuses both methods before they reach Varnish.
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}
