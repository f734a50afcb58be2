"""briefs/models/ is one module per model family; the package re-exports them, so `from briefs.models
import X` and the paths migrations wrote keep working."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from django.apps import apps
from django.db import models

import briefs.models


def test_every_model_and_queryset_of_a_room_is_exported_by_the_package():
    defined = set()
    for room in pkgutil.iter_modules(briefs.models.__path__):
        module = importlib.import_module(f"briefs.models.{room.name}")
        defined |= {
            name
            for name, value in inspect.getmembers(module, inspect.isclass)
            if value.__module__ == module.__name__ and issubclass(value, models.Model | models.QuerySet)
        }
    assert defined - set(briefs.models.__all__) == set(), "a room's class the package does not re-export"
    registered = {model.__name__ for model in apps.get_app_config("briefs").get_models()}
    assert registered - defined == set(), "a briefs model defined outside briefs/models/"


def test_the_webhook_secret_default_keeps_the_path_migration_0004_names():
    assert briefs.models.Webhook._meta.get_field("secret").default is briefs.models._webhook_secret
