const express = require('express');
const publicApi = require('./routes/publicApi');
const Message = require('./models/Message');

const app = express();
app.use(express.json());
app.use('/api/v1', publicApi);

// ruleid: endpoint-missing-auth
app.delete('/api/messages/:id', async (req, res) => {
  await Message.findByIdAndDelete(req.params.id);
  res.status(204).end();
});

app.listen(3000);
