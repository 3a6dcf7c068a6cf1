"""Security headers: the Content Security Policy (relaxed for the admin only as far as it needs),
Permissions-Policy, and ``Cache-Control: no-store`` on pages that may show personal data."""

import re

from csp.middleware import CSPMiddleware

# The admin, the check-in page and the dashboards show personal data or unpublished figures:
# never kept by a browser or a proxy.
PRIVATE_PATHS = re.compile(r"^/(admin/|(nl|fr|de|en)/(checkin|dashboard)/)")

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=()"
)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy from settings; the admin may use inline styles (its templates do)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            parts.update = {
                **(parts.update or {}),
                "style-src": ["'unsafe-inline'"],
                "img-src": ["data:"],
            }
        return parts


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; no-store on private pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if PRIVATE_PATHS.match(request.path_info):
            response["Cache-Control"] = "no-store, private"
        return response
