import os
import MySQLdb

# ruleid: planetscale-password
db = MySQLdb.connect(host="aws.connect.psdb.cloud", user="mfw46slm7tix", passwd="pscale_pw_NYxl_yma_3OJUAq_FTJXWA0TfBZRT-yWVQVXAPmVZFi", db="shop")
# ok: planetscale-password
db = MySQLdb.connect(host=os.getenv("DB_HOST"), user=os.getenv("DB_USER"), passwd=os.getenv("DB_PASSWORD"))
