"""Listing attachments move to private storage (outside MEDIA_ROOT), served only by a permission-checked view.

Existing files are copied from MEDIA_ROOT to the private root under the same name, and the public copy is
removed once the migration has committed. Rows whose file is missing, or already moved, are left alone.
"""

import os
import shutil

import core.storage
from django.conf import settings
from django.db import migrations, models, transaction


def _move(name, source_root, target_root):
    source = os.path.join(source_root, name)
    target = os.path.join(target_root, name)
    if not os.path.isfile(source) or os.path.exists(target):
        return
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copy2(source, target)
    transaction.on_commit(lambda: os.path.exists(source) and os.remove(source))


def _move_all(apps, source_root, target_root):
    ListingAttachment = apps.get_model("opportunities", "ListingAttachment")
    for name in ListingAttachment.objects.exclude(file="").values_list("file", flat=True).iterator():
        _move(name, source_root, target_root)


def to_private_root(apps, schema_editor):
    _move_all(apps, str(settings.MEDIA_ROOT), core.storage.private_media_root())


def to_media_root(apps, schema_editor):
    _move_all(apps, core.storage.private_media_root(), str(settings.MEDIA_ROOT))


class Migration(migrations.Migration):

    dependencies = [
        ('opportunities', '0002_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='listingattachment',
            name='file',
            field=models.FileField(storage=core.storage.PrivateUploadStorage(), upload_to='listing-attachments/%Y/%m/'),
        ),
        migrations.RunPython(to_private_root, to_media_root),
    ]
