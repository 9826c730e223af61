"""StreamField blocks shared by every content page on the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False)
    alt_text = blocks.CharBlock(required=False, help_text=_("Describe the image for people who cannot see it."))

    class Meta:
        icon = "image"
        template = "core/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "core/blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(help_text=_("Button label, e.g. “Register now”."))
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text=_("Used when no page is chosen."))

    class Meta:
        icon = "link"
        template = "core/blocks/cta_block.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        template = "core/blocks/faq_block.html"


class ContentStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(form_classname="title", icon="title", template="core/blocks/heading_block.html")
    paragraph = blocks.RichTextBlock(features=["h3", "h4", "bold", "italic", "link", "ul", "ol", "document-link"])
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(help_text=_("A video or other embeddable URL."))
    call_to_action = CallToActionBlock()
    faq = FaqItemBlock()
