import os
from together import Together

# ruleid: together-api-key
TOGETHER_API_KEY = "74df49c3efead73f19e57626b4905956d8e495d6dffc0d627cdb72d6abd3bbec"
# ok: together-api-key
client = Together(api_key=os.environ.get("TOGETHER_API_KEY"))
# ok: together-api-key
TOGETHER_MODEL_HASH = "abba1c9dcafca8aa8b2e5deea9a94c787afeaf24"
