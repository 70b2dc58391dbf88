const express = require('express');
const { MongoClient } = require('mongodb');

// ruleid: node-db-client-factory-per-request
const getClient = () => new MongoClient(process.env.MONGODB_URI).connect();

const app = express();
app.get('/items', async (req, res) => {
  const client = await getClient();
  res.json(await client.db().collection('items').find().toArray());
});

app.listen(3000);
