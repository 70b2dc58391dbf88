import os

# ruleid: generic-snake-case-key-assignment
openweather_key = "9a29fb409e90fdad4e18ae114ff38041"
# ruleid: generic-snake-case-key-assignment
news_key: str = "C3GsbMH65agsT4Uf1P0YhkeH1b1DZG7A"
# ok: generic-snake-case-key-assignment
news_key = os.environ["NEWS_KEY"]
# ok: generic-snake-case-key-assignment
cache_key = "user_profile_9a29fb409e90fdad4e18ae114ff38041"
# ok: generic-snake-case-key-assignment
label_key = "checkout_button_label_v2"
# ok: generic-snake-case-key-assignment
template_key = "3f2a9c1e-7b4d-4e8f-9a6b-2c5d8e1f0a3b"
# ok: generic-snake-case-key-assignment
posthog_key = "phc_rKNGBJFVi4sEgv57IHFtEHvlvaTbqclKJy6epzMAY2Y"
# ok: generic-snake-case-key-assignment
algolia_search_key = "5a2106697231428829b604bf4dbaafdf"
