const { supabaseAdmin } = require('../lib/supabase');
const Message = require('../models/Message');

module.exports = function registerChat(io) {
  const chat = io.of('/chat');

  chat.use(async (socket, next) => {
    const { data, error } = await supabaseAdmin.auth.getUser(socket.handshake.auth?.token);
    if (error || !data?.user) return next(new Error('unauthorized'));
    socket.data.user = { id: data.user.id };
    next();
  });

  chat.on('connection', (socket) => {
    // ruleid: socketio-event-trusts-client-user-id
    socket.on('message:send', async ({ roomId, userId, content }, ack) => {
      const { data } = await supabaseAdmin
        .from('messages')
        .insert({ room_id: roomId, sender_id: userId, content })
        .select('id')
        .single();
      ack?.({ ok: true, id: data.id });
    });

    // ruleid: socketio-event-trusts-client-user-id
    socket.on('reaction:add', async ({ messageId, userId, emoji }) => {
      await Message.create({ messageId, userId, emoji });
    });

    // ok: socketio-event-trusts-client-user-id (the payload id is only echoed to the room)
    socket.on('typing', ({ roomId, userId }) => {
      socket.to(`room:${roomId}`).emit('typing', { roomId, userId });
    });

    // ok: socketio-event-trusts-client-user-id (the claimed id must match the verified one)
    socket.on('profile:update', async ({ userId, bio }) => {
      if (userId !== socket.data.user.id) return;
      await supabaseAdmin.from('profiles').update({ bio }).eq('id', userId);
    });

    // ok: socketio-event-trusts-client-user-id (the author comes from the socket)
    socket.on('message:edit', async ({ messageId, content }) => {
      await supabaseAdmin
        .from('messages')
        .update({ content })
        .eq('id', messageId)
        .eq('sender_id', socket.data.user.id);
    });
  });
};
