import os
import hvac
# ruleid: hashicorp-vault-token
client = hvac.Client(url=VAULT_ADDR, token="hvb.ZTuq6bDmdUxQJZQCn4MtDtvqFNbSx-IAx1ewPGWEYe9c9hjm_VdkR7tfzVbsHN6F1kProfHU4MjT45KHlLCpeyxBd8GjXJ4A49y43wJvLhaPGbJwFj2XhADec6XTZnfMmyb7zSimoUxqIvH4C1oPo3")
# ok: hashicorp-vault-token
client = hvac.Client(url=VAULT_ADDR, token=os.environ["VAULT_TOKEN"])
# ok: hashicorp-vault-token
vault_token_path = "s.abcdefghijklmnopqrstuvwx"
