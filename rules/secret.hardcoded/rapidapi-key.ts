const options = {
  method: "GET",
  headers: {
    // ruleid: rapidapi-key
    "X-RapidAPI-Key": "24ef0ac107msh238edb77a26f982p16d9abajsnaf3c176e073d",
    // ok: rapidapi-key
    "X-RapidAPI-Host": "weatherapi-com.p.rapidapi.com",
  },
};
// ok: rapidapi-key
const options2 = { headers: { "X-RapidAPI-Key": process.env.RAPIDAPI_KEY! } };
export { options, options2 };
