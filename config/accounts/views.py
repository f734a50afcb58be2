"""The lockout page (django-axes' AXES_LOCKOUT_CALLABLE) and the two-step verification page."""

from __future__ import annotations

import logging

import django_otp
from django.conf import settings
from django.contrib import admin, messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from config.accounts import two_factor
from config.accounts.forms import TOKEN_ERRORS, EnrolForm
from config.accounts.two_factor import TokenRefused

logger = logging.getLogger("briefdesk.security")


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """429 with the admin's look: what happened, for how long, and who can lift it."""
    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        **admin.site.each_context(request),
        "title": _("Login temporarily blocked"),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(cool_off.total_seconds() // 60),
    }
    response = TemplateResponse(request, "admin/accounts/locked_out.html", context, status=429)
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response.render()


def second_factor_page(request: HttpRequest, *, site: admin.AdminSite) -> HttpResponse:
    """Show the user's second factor, or enrol one: QR code and key, confirmed by a code from the app."""
    user = request.user
    replacing = request.GET.get("new") == "1"
    current = two_factor.confirmed_device(user=user)
    if current is not None and not replacing:
        return TemplateResponse(
            request,
            "admin/accounts/two_factor.html",
            {**site.each_context(request), "title": _("Two-step verification"), "device": current},
        )
    form = EnrolForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            device = two_factor.confirm_device(user=user, token=form.cleaned_data["token"])
        except TokenRefused as refusal:
            form.add_error("token", TOKEN_ERRORS[refusal.reason])
        else:
            # This session gave a code: it counts as verified, under a new key.
            request.session.cycle_key()
            django_otp.login(request, device)
            logger.info("second factor set up: username=%r", user.get_username())
            messages.success(request, _("Two-step verification is on. Every login now asks for a code."))
            return redirect("admin:index")
    device = two_factor.pending_device(user=user)
    context = {
        **site.each_context(request),
        "title": _("Set up two-step verification"),
        "form": form,
        "required": two_factor.must_enrol(user=user),
        "otpauth_uri": device.config_url,
        "qr_code": two_factor.otpauth_qr_data_uri(device.config_url),
        "secret": two_factor.grouped_secret(device),
    }
    return TemplateResponse(request, "admin/accounts/two_factor.html", context)
