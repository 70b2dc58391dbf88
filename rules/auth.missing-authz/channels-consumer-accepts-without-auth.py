from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer, WebsocketConsumer

from .models import Message, Room


class ChatConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        self.room_id = int(self.scope["url_route"]["kwargs"]["room_id"])
        self.group_name = f"room_{self.room_id}"
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        # ruleid: channels-consumer-accepts-without-auth
        await self.accept()

    async def receive_json(self, content, **kwargs):
        msg = await self._save(content.get("body", ""))
        await self.channel_layer.group_send(self.group_name, {"type": "chat.message", "id": msg.id, "body": msg.body})

    @database_sync_to_async
    def _save(self, body):
        return Message.objects.create(room=Room.objects.get(pk=self.room_id), body=body)


class PrivateChatConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        user = self.scope["user"]
        self.room_id = int(self.scope["url_route"]["kwargs"]["room_id"])
        if not user.is_authenticated or not await self.is_member(user, self.room_id):
            await self.close(code=4403)
            return
        # ok: channels-consumer-accepts-without-auth
        await self.accept()

    @database_sync_to_async
    def is_member(self, user, room_id):
        return Room.objects.filter(pk=room_id, members=user).exists()


class EchoConsumer(WebsocketConsumer):
    def connect(self):
        if self.scope["user"].is_anonymous:
            self.close()
        else:
            # ok: channels-consumer-accepts-without-auth
            self.accept()

    def receive(self, text_data=None, bytes_data=None):
        self.send(text_data=text_data)
