const express = require('express');
const mongoose = require('mongoose');
const Post = require('./models/Post');
const User = require('./models/User');

const router = express.Router();

router.get('/search', async (req, res) => {
  const q = req.query.q || '';
  const posts = await Post.find({
    // ruleid: mongodb-where-javascript-injection
    $where: `this.title.indexOf('${q}') !== -1`,
  });
  res.json(posts);
});

router.get('/older', async (req, res) => {
  // ruleid: mongodb-where-javascript-injection
  const n = await User.countDocuments({ $where: `this.age > ${req.query.age}` });
  res.json({ n });
});

function byName(col, name) {
  // ruleid: mongodb-where-javascript-injection
  return col.find({ "$where": "this.name == '" + name + "'" });
}

function byOwner(col, owner) {
  // ruleid: mongodb-where-javascript-injection
  return col.find({ $where: clause + " && this.owner == '" + owner + "'" });
}

router.get('/active', async (req, res) => {
  // ok: mongodb-where-javascript-injection (a constant `$where`: no value in it)
  const rows = await User.find({ $where: 'this.lastLogin > this.createdAt' });
  // ok: mongodb-where-javascript-injection (a constant template without placeholders)
  const more = await User.find({ $where: `this.posts.length > 10` });
  // ok: mongodb-where-javascript-injection (the value is data in an operator)
  const safe = await Post.find({ title: { $regex: escapeRegExp(req.query.q), $options: 'i' } });
  res.json({ rows, more, safe });
});

module.exports = { router, byName, byOwner };

router.get('/search/advanced', async (req, res, next) => {
  const { minPrice = 0, maxPrice = 100000 } = req.query;
  const priceClause = `this.price >= ${minPrice} && this.price <= ${maxPrice}`;
  // ruleid: mongodb-where-javascript-injection (the string is built one line earlier)
  const listings = await Listing.find({ $where: priceClause }).limit(50);
  let filter = 'this.active';
  if (req.query.tag) filter += " && this.tags.indexOf('" + req.query.tag + "') !== -1";
  // ruleid: mongodb-where-javascript-injection (extended with a concatenation)
  const tagged = await Listing.find({ $where: filter });
  res.json({ listings, tagged });
});

router.get('/stale', async (req, res) => {
  const staleClause = 'this.updatedAt < this.createdAt';
  // ok: mongodb-where-javascript-injection (a constant string in a variable)
  const stale = await Listing.find({ $where: staleClause });
  // ok: mongodb-where-javascript-injection (a function defined in the code, no request value)
  const odd = await Listing.find({ $where: isOddPrice });
  res.json({ stale, odd });
});
