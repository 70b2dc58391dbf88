function AllocationsDAO(db) {
  const allocationsCol = db.collection("allocations");
  this.byThreshold = function (userId, threshold, callback) {
    const criteria = {
      // ok: mongodb-operator-injection
      $where: `this.userId == ${userId} && this.stocks > '${threshold}'`,
    };
    // ok: mongodb-operator-injection
    allocationsCol.findOne({ userId: parseInt(userId, 10) }, callback);
    return criteria;
  };
}
module.exports = { AllocationsDAO };

function search(col, name) {
  // ok: mongodb-operator-injection
  return col.find({ "$where": "this.name == '" + name + "'" });
}
module.exports.search = search;
