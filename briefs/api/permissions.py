"""Deny by default; each view opens exactly what it serves."""

from __future__ import annotations

from rest_framework import permissions


class DenyAll(permissions.BasePermission):
    """The default for any view that forgets to say who may use it."""

    def has_permission(self, request, view) -> bool:
        return False


class PublishedReadOnly(permissions.BasePermission):
    """Anyone may read: the views' querysets hold published material only."""

    def has_permission(self, request, view) -> bool:
        return request.method in permissions.SAFE_METHODS


class PublishedReadEditorWrite(permissions.BasePermission):
    """Anyone reads published material; writing needs the model permission the view names
    (`write_permission`, e.g. "ingest.add_source"), which the Editors and Reviewers groups hold."""

    def has_permission(self, request, view) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm(view.write_permission))
