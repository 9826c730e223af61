# The site-specific part of deploy/varnish.vcl in deploy/compose.yml: the web containers at their fixed
# addresses on the stack's network (Varnish resolves a backend's address once, when the VCL loads, so
# a name could point at a container that has since been replaced), and who may purge.

backend web1 {
    .host = "172.28.0.11";
    .port = "8000";
    .probe = portal_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
}

backend web2 {
    .host = "172.28.0.12";
    .port = "8000";
    .probe = portal_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
}

# The web nodes and the task worker, by address. Not the network's gateway (172.28.0.1), which is where
# connections through a published port come from, nor loopback, which is where nginx connects from.
acl purgers {
    "172.28.0.11";
    "172.28.0.12";
    "172.28.0.13";
}
