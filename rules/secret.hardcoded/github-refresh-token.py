# ruleid: github-refresh-token
REFRESH = "ghr_uaG0wyctEo80HATMySX9CuszcimIa5Oi1zDiXF5KTSS2AAgpopiuVRrG3waOa8taUm8sTGJI9zJc"
# ok: github-refresh-token
REFRESH_PREFIX = "ghr_"
