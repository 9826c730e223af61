"""Logos are stored through core.storage: re-encoded, stripped of metadata and under generated names.

Logos uploaded before keep the client's file name and any bytes appended to the image, so each is stored
again through the same pipeline; one that is not a PNG, JPEG or WebP image is dropped. The old file is
removed once the migration has committed. Missing files are left alone.
"""

import os

import accounts.validators
import core.storage
from django.core.exceptions import SuspiciousFileOperation
from django.db import migrations, models, transaction

from core.uploads import GENERATED_NAME, sniff_content_type


def restore_logos(apps, schema_editor):
    Organisation = apps.get_model("accounts", "Organisation")
    storage = core.storage.public_uploads
    for pk, old_name in Organisation.objects.exclude(logo="").values_list("pk", "logo").iterator():
        if GENERATED_NAME.match(os.path.basename(old_name)) or not storage.exists(old_name):
            continue
        with storage.open(old_name, "rb") as old_file:
            try:
                if sniff_content_type(old_file) not in accounts.validators.LOGO_TYPES:
                    raise SuspiciousFileOperation("not a logo")
                new_name = storage.save("logos/logo", old_file)
            except SuspiciousFileOperation:
                new_name = ""
        Organisation.objects.filter(pk=pk).update(logo=new_name)
        transaction.on_commit(lambda old_name=old_name: storage.delete(old_name))


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='organisation',
            name='logo',
            field=models.ImageField(blank=True, storage=core.storage.PublicUploadStorage(), upload_to='logos/', validators=[accounts.validators.validate_logo], verbose_name='logo'),
        ),
        migrations.RunPython(restore_logos, migrations.RunPython.noop),
    ]
