// ruleid: firebase-cloud-messaging-server-key
const FCM_SERVER_KEY = "AAAAkGkcmS3:APA91bAHr9bpeU5aarUrSPptwVhn4mHxEIFrT5yRRDKOF16-UdvbxxBJu0ZuahBkJ2AS5fGRFT9wfjjLkiGW82KlMDS1eT4R3zl-gcezBAkZLqHtG295KVL3iPVqv4L2a1xBWT8ApsDb";
// ok: firebase-cloud-messaging-server-key
const fromEnv = process.env.FCM_SERVER_KEY;
// ok: firebase-cloud-messaging-server-key
const sample = "AAAAxxxxxxx:APA91bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
fetch("https://fcm.googleapis.com/fcm/send", {
  // ruleid: firebase-cloud-messaging-server-key
  headers: { Authorization: "key=AAAA0sn5sN9:APA91betKdT1Qz_tlvFKOyIXt03P4EgW-r_rLvfCf3O36I7Ajl6EjNyMVAQsUeIVhpNgAexVkWo5KNWpAUu45n5XV_Tpttb1-ux1C1dWxD5x91wi5-sO0SQBoOvVHiS0pnzp3MiKG-KG" },
});
module.exports = { FCM_SERVER_KEY, fromEnv, sample };
