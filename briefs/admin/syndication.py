"""Syndication: partners, API tokens, webhooks, deliveries, the change feed."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet, URLField
from django.http import HttpRequest
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from briefs.models import ApiToken, ChangeEvent, Partner, Webhook, WebhookDelivery
from briefs.services.partners import TokenRefused, issue_token, revoke_token
from ops.admin import ReadOnlyAdmin


class WebhookInline(admin.TabularInline):
    model = Webhook
    formfield_overrides = {URLField: {"assume_scheme": "https"}}
    fields = ["url", "is_active", "created_at"]
    readonly_fields = ["created_at"]
    extra = 0
    show_change_link = True


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "contact_email", "is_active", "created_at"]
    list_filter = ["is_active"]
    list_select_related = ["user"]
    search_fields = ["name", "user__username", "contact_email"]
    raw_id_fields = ["user"]
    inlines = [WebhookInline]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are made here and shown once; only their SHA-256 is stored. Revoke with the action."""

    list_display = ["name", "prefix_shown", "user", "created_at", "last_used_at", "expires_at", "state"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    list_select_related = ["user"]
    search_fields = ["name", "prefix", "user__username"]
    raw_id_fields = ["user"]
    actions = ["revoke_selected"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["user", "name", "expires_at"]
        return [
            "name",
            "user",
            "prefix_shown",
            "created_at",
            "created_by",
            "last_used_at",
            "expires_at",
            "state",
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["user", "prefix_shown", "created_at", "created_by", "last_used_at", "expires_at", "state"]

    @admin.display(description=_("token"), ordering="prefix")
    def prefix_shown(self, token: ApiToken) -> str:
        return f"{token.prefix}…"

    @admin.display(description=_("state"))
    def state(self, token: ApiToken) -> str:
        if token.revoked_at:
            return _("revoked %(when)s") % {"when": f"{token.revoked_at:%Y-%m-%d %H:%M}"}
        return _("active")

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        try:
            issued = issue_token(
                user=obj.user, name=obj.name, expires_at=obj.expires_at, created_by=request.user
            )
        except TokenRefused as exc:
            raise ValidationError(str(exc)) from exc
        obj.pk, obj.prefix, obj.key_hash = issued.token.pk, issued.token.prefix, issued.token.key_hash
        obj._state.adding = False
        self.message_user(
            request,
            format_html(
                "Copy the token now: it is shown only this once and cannot be recovered. <code>{}</code>",
                issued.plain,
            ),
            messages.WARNING,
        )

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # revoke instead: the record of who had access stays

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke_selected(self, request: HttpRequest, queryset: QuerySet[ApiToken]):
        for token in queryset:
            revoke_token(token=token, revoked_by=request.user)
        self.message_user(request, _("%(count)d token(s) revoked.") % {"count": len(queryset)})


class WebhookDeliveryInline(admin.TabularInline):
    model = WebhookDelivery
    fields = ["revision", "status", "attempts", "last_status_code", "last_error", "delivered_at"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = True
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("revision__brief")


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    list_display = ["url", "partner", "is_active", "created_at"]
    list_filter = ["is_active", "partner"]
    list_select_related = ["partner"]
    search_fields = ["url", "partner__name"]
    fields = ["partner", "url", "secret", "is_active"]
    formfield_overrides = {URLField: {"assume_scheme": "https"}}
    inlines = [WebhookDeliveryInline]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """The delivery log: one row per publication per webhook, each attempt listed."""

    list_display = [
        "revision",
        "webhook",
        "status",
        "attempts",
        "last_status_code",
        "delivered_at",
        "created_at",
    ]
    list_filter = ["status"]
    list_select_related = ["revision__brief", "webhook__partner"]
    search_fields = ["webhook__url", "webhook__partner__name", "revision__brief__slug"]
    readonly_fields = [
        "webhook",
        "revision",
        "event",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "next_attempt_at",
        "leased_until",
        "delivered_at",
        "created_at",
        "attempts_table",
        "payload",
    ]
    exclude = ["attempt_log"]

    @admin.display(description=_("attempts"))
    def attempts_table(self, delivery: WebhookDelivery) -> str:
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} ms</td></tr>",
            (
                (
                    entry.get("at", ""),
                    entry.get("status") or "—",
                    entry.get("error") or "",
                    entry.get("ms", ""),
                )
                for entry in delivery.attempt_log
            ),
        )
        return format_html(
            "<table><tr><th>at</th><th>HTTP</th><th>error</th><th>took</th></tr>{}</table>", rows
        )


@admin.register(ChangeEvent)
class ChangeEventAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """The change feed partners read at /api/v1/changes/. Append-only."""

    list_display = ["id", "kind", "brief", "revision", "claim_id", "actor", "occurred_at"]
    list_filter = ["kind"]
    list_select_related = ["brief", "revision__brief", "actor"]
