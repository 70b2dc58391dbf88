from e2b_code_interpreter import Sandbox
# ruleid: e2b-api-key
sbx = Sandbox(api_key="e2b_661dd16b8ad6b27376e0660ba92ca2f252ec82f6")
# ok: e2b-api-key
sbx = Sandbox(api_key=os.environ["E2B_API_KEY"])
