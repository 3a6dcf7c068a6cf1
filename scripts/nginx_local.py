"""The shipped nginx configuration (deploy/nginx.conf) made runnable on this machine, unprivileged.

Used by `make bench-prod` (plain HTTP on the loopback, in front of two instances) and by the test
that checks the configuration with `nginx -t` (the TLS server, with a throwaway certificate). Only
what depends on the machine changes: the paths (prefix, cache, certificates, static files, the
included locations file) and the upstream ports; every directive is the shipped one.

    python3 scripts/nginx_local.py DIR --listen 8080 --upstream 8001 8002 --static var/static
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def main_config(
    directory: Path,
    *,
    upstreams: list[int],
    static_root: Path,
    listen: int | None = None,
    certificate: tuple[Path, Path] | None = None,
) -> Path:
    """Write ``directory/nginx.conf`` from the shipped files; returns its path.

    With ``listen``, the shipped servers (TLS on 443, the redirect on 80) are replaced by one
    plain-HTTP server on 127.0.0.1:``listen`` with the same locations (what bench-prod runs);
    with ``certificate`` (cert, key), the shipped servers are kept, on those files.
    """
    directory.mkdir(parents=True, exist_ok=True)
    # Started as root, nginx's workers run as its unprivileged user: they must reach the cache.
    directory.chmod(0o755)
    locations = (DEPLOY / "nginx-locations.conf").read_text()
    locations = locations.replace("/srv/chancellery/var/static/", f"{static_root.resolve()}/")
    (directory / "locations.conf").write_text(locations)
    shipped = (DEPLOY / "nginx.conf").read_text()
    shipped = shipped.replace("/var/cache/nginx/chancellery", str(directory / "cache"))
    shipped = shipped.replace(
        "/etc/chancellery/nginx-locations.conf", str(directory / "locations.conf")
    )
    servers = re.findall(r"server 127\.0\.0\.1:\d+", shipped)
    if len(servers) != len(upstreams):
        raise ValueError(
            f"deploy/nginx.conf lists {len(servers)} upstream servers, not {len(upstreams)}"
        )
    for server, port in zip(servers, upstreams, strict=True):
        shipped = shipped.replace(server, f"server 127.0.0.1:{port}", 1)
    if listen is not None:
        shipped = shipped[: shipped.index("\nserver {")]
        shipped += (
            f"\nserver {{\n    listen 127.0.0.1:{listen};\n"
            f"    include {directory / 'locations.conf'};\n}}\n"
        )
    elif certificate is not None:
        shipped = shipped.replace("/etc/ssl/jaarverslag.pem", str(certificate[0]))
        shipped = shipped.replace("/etc/ssl/jaarverslag.key", str(certificate[1]))
    temp = {name: directory / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    config = directory / "nginx.conf"
    config.write_text(
        f"pid {directory / 'nginx.pid'};\nerror_log {directory / 'error.log'} warn;\n"
        "worker_processes 2;\nevents { worker_connections 1024; }\n"
        # What Debian's /etc/nginx/nginx.conf sets in its http block, which the shipped file
        # is included in on a real server.
        "http {\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
        "    sendfile on;\n    tcp_nopush on;\n    types_hash_max_size 2048;\n"
        "    access_log off;\n"
        f"    client_body_temp_path {temp['body']};\n    proxy_temp_path {temp['proxy']};\n"
        f"    fastcgi_temp_path {temp['fastcgi']};\n    uwsgi_temp_path {temp['uwsgi']};\n"
        f"    scgi_temp_path {temp['scgi']};\n" + shipped + "}\n"
    )
    return config


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--listen", type=int, required=True)
    parser.add_argument("--upstream", type=int, nargs="+", required=True)
    parser.add_argument("--static", type=Path, required=True)
    arguments = parser.parse_args()
    print(
        main_config(
            arguments.directory,
            upstreams=arguments.upstream,
            static_root=arguments.static,
            listen=arguments.listen,
        )
    )
