"""The admin site (admin.site): Django's, plus the second factor and the enrolment page.

- The login form asks users who set up an authenticator for its code (config/accounts/forms.py).
- A user who has a confirmed device is let in only by a session that gave a code, as with django-otp's
  OTPAdminSite; users without one keep password-only access.
- With REQUIRE_2FA_FOR_REVIEWERS, a reviewer without a device reaches only the enrolment page (and
  logout) until they have set one up.
"""

from __future__ import annotations

from functools import update_wrapper

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from config.accounts import two_factor, views
from config.accounts.forms import LoginForm


class BriefdeskAdminSite(admin.AdminSite):
    site_header = gettext_lazy("Briefdesk")
    site_title = gettext_lazy("Briefdesk")
    index_title = gettext_lazy("Editorial desk")
    login_form = LoginForm
    login_template = "admin/accounts/login.html"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Pages an app adds at the top of the admin (the briefs app's desk), behind admin_view.
        self._extra_views: list[tuple[str, object, str]] = []

    def add_view(self, route: str, view, name: str) -> None:
        """Serve `view` at admin/<route> as admin:<name>, for staff only (called from an app's admin)."""
        self._extra_views.append((route, view, name))

    def has_permission(self, request) -> bool:
        return super().has_permission(request) and self._second_factor_satisfied(request)

    def admin_view(self, view, cacheable=False):
        def enrolment_first(request, *args, **kwargs):
            exempt = view == self.logout or view == self.two_factor_view
            if not exempt and two_factor.must_enrol(user=request.user):
                messages.warning(
                    request, _("Reviewers must set up two-step verification before they continue.")
                )
                return redirect("admin:two_factor")
            return view(request, *args, **kwargs)

        return super().admin_view(update_wrapper(enrolment_first, view), cacheable)

    def get_urls(self):
        return [
            path("two-factor/", self.admin_view(self.two_factor_view), name="two_factor"),
            *(path(route, self.admin_view(view), name=name) for route, view, name in self._extra_views),
            *super().get_urls(),
        ]

    def two_factor_view(self, request):
        return views.second_factor_page(request, site=self)

    def _second_factor_satisfied(self, request) -> bool:
        # Asked several times per page (each_context, the app list): the answer is kept on the request.
        if not hasattr(request, "_second_factor_satisfied"):
            verified = getattr(request.user, "is_verified", None)
            request._second_factor_satisfied = bool(verified and verified()) or not (
                two_factor.has_confirmed_device(user=request.user)
            )
        return request._second_factor_satisfied
