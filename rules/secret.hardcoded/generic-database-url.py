import os
from sqlalchemy import create_engine

# ruleid: generic-database-url
engine = create_engine("mysql://admin:csWXLXF1belYfz@mysql-a179pw.railway.app:3306/railway".replace("mysql://", "mysql+pymysql://"))
# ok: generic-database-url
engine = create_engine(os.environ["DATABASE_URL"])
# ruleid: generic-database-url
BROKER_URL = "amqps://worker:s9wsGdFnAiGPc7Av@rabbit.0t7jy9.cloudamqp.com/vhost"
# A password with an unencoded `#`: the host is still after the last `@`.
# ruleid: generic-database-url
DATABASE_URL = "postgres://teamboard:Tb!Prod#8812@teamboard-prod.c9xk2l.eu-west-1.rds.amazonaws.com:5432/teamboard"
