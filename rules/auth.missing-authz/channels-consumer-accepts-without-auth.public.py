from channels.generic.websocket import AsyncJsonWebsocketConsumer


class ScoreboardConsumer(AsyncJsonWebsocketConsumer):
    """Public live scores: broadcast only, nothing private, nothing stored."""

    async def connect(self):
        await self.channel_layer.group_add("scores", self.channel_name)
        # ok: channels-consumer-accepts-without-auth
        await self.accept()

    async def score_update(self, event):
        await self.send_json(event)
