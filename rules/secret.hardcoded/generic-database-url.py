import os
from sqlalchemy import create_engine

# ruleid: generic-database-url
engine = create_engine("mysql://admin:csWXLXF1belYfz@mysql-a179pw.railway.app:3306/railway".replace("mysql://", "mysql+pymysql://"))
# ok: generic-database-url
engine = create_engine(os.environ["DATABASE_URL"])
# ruleid: generic-database-url
BROKER_URL = "amqps://worker:s9wsGdFnAiGPc7Av@rabbit.0t7jy9.cloudamqp.com/vhost"
