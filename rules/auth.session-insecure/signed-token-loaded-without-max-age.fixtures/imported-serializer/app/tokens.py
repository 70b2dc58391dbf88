import os

from itsdangerous import URLSafeTimedSerializer

serializer = URLSafeTimedSerializer(os.environ["SECRET_KEY"])
