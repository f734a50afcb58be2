"""Editors' public names: the profile list and the public name on the user page."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from briefs.models import EditorProfile


@admin.register(EditorProfile)
class EditorProfileAdmin(admin.ModelAdmin):
    """Public names: how readers see the people who publish ("reviewed by …"), never their logins.

    Each person sets their own; only those who manage accounts see and set everyone's."""

    list_display = ["user", "public_name"]
    list_select_related = ["user"]
    search_fields = ["user__username", "public_name"]
    raw_id_fields = ["user"]

    def _manages_accounts(self, request: HttpRequest) -> bool:
        return request.user.has_perm("auth.change_user")

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset if self._manages_accounts(request) else queryset.filter(user=request.user)

    def get_fields(self, request, obj=None):
        return ["user", "public_name"] if self._manages_accounts(request) else ["public_name"]

    def has_add_permission(self, request) -> bool:
        if not super().has_add_permission(request):
            return False
        return self._manages_accounts(request) or not EditorProfile.objects.filter(user=request.user).exists()

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if self._manages_accounts(request):
            return form
        owner = request.user

        class OwnProfileForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if self.instance.user_id is None:
                    # Before validation, so the model's check against the login name sees the owner.
                    self.instance.user = owner

        return OwnProfileForm


class EditorProfileInline(admin.StackedInline):
    model = EditorProfile
    fields = ["public_name"]
    can_delete = False
    verbose_name_plural = _("public name")


class UserWithPublicNameAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, EditorProfileInline]


admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), UserWithPublicNameAdmin)
