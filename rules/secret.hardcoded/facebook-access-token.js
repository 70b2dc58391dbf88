// ruleid: facebook-access-token
const PAGE_TOKEN = "EAAJ5MCW6XZjhGx6UUFWTzRyLBeHn4lcqM8s9CNRQsoJAoWpBWPrLgi4Jo0EQdyCLtjmWEbcFw1L8wAh5fooB17VzvjHuvFlo7u3xSiUwgT68XUjEhhrlWnRCcgNeTJwcAMdWGDGbeaeiNNSxYUosc12C21Q0MNWXqLs0cGrPU46M9t9VVPr9VeYMihyURLPjdexTvaH9Efp";
// ok: facebook-access-token
const PAGE_TOKEN2 = process.env.META_ACCESS_TOKEN;
// ruleid: facebook-access-token
const url = `https://graph.facebook.com/v19.0/me/messages?access_token=EAAMUH3HVODtLheq3X8fo9aUKD6X3ZwdfFT5EgqMFuVipNsTwKAwJ5eZ39OxYIGfXLOftFj5awl5iwyV6D4N0MrmzVZfIZkTyk3JDiOEmAAlIRCBCXV83uOl4KpYieMTqazwjoDQdZgR1icxq96SDp6mPH`;
// ok: facebook-access-token
const blob = "iVBORw0KGgo+EAAJ5MCW6XZjhGx6UUFWTzRyLBeHn4lcqM8s9CNRQsoJAoWpBWPrLgi4Jo0EQdyCLtjmWEbcFw1L8wAh5fooB17VzvjHuvFlo7u3xSiUwgT68XUjEhhrlWnRCcgNeTJwcAMdWGDGbeaeiNNSxYUosc12C21Q0MNWXqLs0cGrPU46M9t9VVPr9VeYMihyURLPjdexTvaH9Efp/AAAA";
module.exports = { PAGE_TOKEN, PAGE_TOKEN2, url, blob };
