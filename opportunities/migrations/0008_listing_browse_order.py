from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0007_match_index_and_feedback"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="listing",
            index=models.Index(fields=["status", "-published_at", "-id", "deadline"], name="listing_browse_order_idx"),
        ),
    ]
