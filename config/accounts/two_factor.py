"""The optional second factor for staff: a TOTP authenticator app (django-otp's TOTPDevice).

A user with a confirmed device gives a code at every login, and a session counts as verified only once a
code was accepted in it (at login or when the device was confirmed). Without a device the password alone
is enough, unless REQUIRE_2FA_FOR_REVIEWERS is on and the user is a reviewer: then the admin sends them to
enrol before anything else. Enrolment keeps one unconfirmed device per user (the same key until it is
confirmed, so reloading the page shows the same QR code); confirming it replaces any older device.

Token checks run django-otp's own verification (replay protection: a code is accepted once; exponential
throttling per device after wrong codes) inside a transaction that holds the device row, and report a
refusal only after that transaction committed, so the throttling counters are kept.
"""

from __future__ import annotations

import base64
import enum
import io

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from briefs.services.roles import REVIEWERS

DEVICE_NAME = "Authenticator app"


class Refusal(enum.Enum):
    MISSING = "missing"
    WRONG = "wrong"
    THROTTLED = "throttled"


class TokenRefused(Exception):
    def __init__(self, reason: Refusal):
        super().__init__(reason.value)
        self.reason = reason


def has_confirmed_device(*, user: AbstractBaseUser) -> bool:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def confirmed_device(*, user: AbstractBaseUser) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("-pk").first()


def must_enrol(*, user: AbstractBaseUser) -> bool:
    """A reviewer without a device, while REQUIRE_2FA_FOR_REVIEWERS is on."""
    if not settings.REQUIRE_2FA_FOR_REVIEWERS or not user.is_authenticated:
        return False
    return user.groups.filter(name=REVIEWERS).exists() and not has_confirmed_device(user=user)


def pending_device(*, user: AbstractBaseUser) -> TOTPDevice:
    """The device being enrolled: created on first use, then the same one until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def confirm_device(*, user: AbstractBaseUser, token: str) -> TOTPDevice:
    """Confirm the pending device with a code from it; it replaces the user's older devices."""
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update().filter(user=user, confirmed=False).order_by("pk").first()
        )
        refusal = Refusal.WRONG if device is None else _check(device, token)
        if refusal is None:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
            return device
    raise TokenRefused(refusal)


def check_login_token(*, user: AbstractBaseUser, token: str) -> TOTPDevice | None:
    """The device that accepted `token`, or None when the user has no confirmed device (no code needed).

    Raises TokenRefused when a code is needed and is missing, wrong, reused or throttled.
    """
    token = _normalised(token)
    with transaction.atomic():
        devices = list(TOTPDevice.objects.devices_for_user(user, confirmed=True).select_for_update())
        if not devices:
            return None
        refusal = Refusal.MISSING
        if token:
            for device in devices:
                refusal = _check(device, token)
                if refusal is None:
                    return device
    raise TokenRefused(refusal)


def otpauth_qr_data_uri(uri: str) -> str:
    """The otpauth:// URI as a QR code, an SVG data URI for an <img> (our CSP allows data: images)."""
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def grouped_secret(device: TOTPDevice) -> str:
    """The key as people type it into an app without a camera: base32 in groups of four."""
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _normalised(token: str) -> str:
    return "".join((token or "").split())


def _check(device: TOTPDevice, token: str) -> Refusal | None:
    token = _normalised(token)
    if not token:
        return Refusal.MISSING
    allowed, _ = device.verify_is_allowed()
    if not allowed:
        return Refusal.THROTTLED
    return None if device.verify_token(token) else Refusal.WRONG
