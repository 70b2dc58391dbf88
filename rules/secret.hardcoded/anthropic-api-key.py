import os
import anthropic

# ruleid: anthropic-api-key
client = anthropic.Anthropic(api_key="sk-ant-api03-IZu29XoqgHXN7RGKNLI5MP2rdfqr6R7wIH3qS3205ZxauEKa4Ca9_3r4cXeU7DpGDBaFXx6sDYZfyXI8q6keblhnInXpYAA")
# ok: anthropic-api-key
client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
# ok: anthropic-api-key
TRUNCATED = "sk-ant-api03-Ldnsyd36dBxT3wGa06qx7HdWyOSJC9KmsGDZvdbfAA"
