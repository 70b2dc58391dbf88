const Razorpay = require("razorpay");
// ruleid: razorpay-key-secret
const rzp = new Razorpay({ key_id: "rzp_live_Tw4nAIg1RmlZW1", key_secret: "HKwAg27HPhr7cbLxmZiYOdob" });
// ok: razorpay-key-secret
const rzp2 = new Razorpay({ key_id: process.env.RAZORPAY_KEY_ID, key_secret: process.env.RAZORPAY_KEY_SECRET });
module.exports = { rzp, rzp2 };
