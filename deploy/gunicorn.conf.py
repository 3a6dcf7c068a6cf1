"""gunicorn's configuration in production: `gunicorn chancellery.wsgi -c deploy/gunicorn.conf.py`.

The access log writes the path of each request and never its query string: the check-in search
(``/nl/checkin/3/?q=<name>``) and the admin's guest search carry guests' names. So ``%(U)s`` (the
path) where gunicorn's default has ``%(r)s`` (the request line, query string included); no
``%(q)s``, no referer either (a page's address may hold a search). The client address is the
proxy's X-Forwarded-For as gunicorn received it (``%({x-forwarded-for}i)s``), which the reverse
proxy sets.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = 30
# Request lines and headers larger than this are refused before Django sees them.
limit_request_line = 8190
accesslog = "-"
access_log_format = '%({x-forwarded-for}i)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
