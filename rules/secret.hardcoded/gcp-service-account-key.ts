import * as admin from "firebase-admin";

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "demo-n3ru3z",
    clientEmail: "firebase-adminsdk-x1y2z@demo-n3ru3z.iam.gserviceaccount.com",
    // ruleid: gcp-service-account-key
    privateKey: "-----BEGIN PRIVATE KEY-----\nJQcX0lln52UHRk0GEj3za3z9HcSDelRJ8ksLNx39/2gbRq2K6rEAaOfycqUZGtNI\nm7yVNyd/1+vdr4eCkVo/wOgJ8Rp+V6JnVwcu37TQnFnKIJahTNvOTVrRh+imPQRH\nlNcgf18C4dVmB5DOuFSy5UwACARL88OOjM84HtnY4PKDLS1K47eFykLbwdgV60xG\nOVnMpyaBiFOksPi2QNMKsvMO5fWJJs7O4l2otxjpU8ADxVfbeb2ReSROorVkXQoS\n83xfzoEkwA9VV7lL2KBmg29vwweHAsUUGFKjzL+jKqgB3FQmrhZGo7ZyRN9/VuJf\nwApi/irVYBtWCma2aqvX/BQ8fVR3f7E0DcGkNZFYDBreLmXdaLGnFCv3NdiD2CdF\nzY/0B/pe9hYsvRDxCZY3nHvbLIswOtTVv+7wJ/GA1JgVabClI4Sen85RayLcQGRz\n2QPPsX3RP3tmYj8/s3yHFWSYFXvsfJd3eahKYvdOCyfu/j8DojsJzwRAMCmOkzyB\nMYXk1YgU6nzhgqMaHwvEZ1U/81Nev/zq24rVQz08kcKBrR/wJah3Yhf15cq95zem\nHEG9DT/GrodOb9U7PTwRsVpq+ZHoGoNxN0e0RegP+WxMv40c3WD6nrP+yeBGRSRU\nX0puXm18Zr6Kb22Rfcr2U9P7Cw2S86CP2kFdWRbvpHKq1FfIHEGL/5bcWQ9vCVfW\nUtxEgTle6x2VNY/RS9hKSvBZKyHyo+5CilqR6QuNqV4oCp8BIafQ1rElo9k7Chzp\n0os05XXFF6GQJE+LrRB0cpBizgGHv2Hr3hu6TIF7jz5glot73ZTrIt+CvUknCgul\nIZks1Q1vDcgbRs2n1s2+HlKXpJE0Ui1UXM1pRyOqjb2VkaokRtZDWH9WKc+bMTP1\nmBBxMAF1reOyG1FgbptOBQJ0Kfi0X8l4ujq/vtgdNJVWREVq/g244ugJ96athJa+\n7AH3B0ZZ8yEwNjWawNQ/fcx30Ovx32WTCW6I43ZrcmQLFKVux+oV5rzyZcqBBs7T\nl1UYIffUaAwhGd2xxmGrszeaMO1zu1xmasSg34iCiPiV3IE5HOLQgFsYZPJbv7BD\nnNiOs2e/+kxIm3Aq0o1G8qWwmImnLcY+7ovHzHmefJfbX/hrtLdbCsKnlPRL1sZU\nlO1AH1IDGQFQ5d6MNRu9c8ln1uGlFfX1l25uNSoqQ3dikm6SH4vqiP00e68rT6nr\nb3LW0lvfjwnmanbccHUkf7gwn+sD7r6r2+67VjVF+dWsUqWy51d6Z3NzSVnohaWo\n/3o7vD7hjXG9lO6koTvfKptyDbq9HIyY3UACw3wEtKRQmNdoxkHL6M9E+PuFyd3U\nYBAdajTkL9xm1oYld1m+J3nBV7nHUkKwG2Ff1WWIJXWBpQ8S5dcUIcxC1rq7gwGA\nxVb3mrGzt19C4xsu0JrFmk8LmhkvIV0uUBT6CU8E0rcl+0S605eK+bxRu8LuDtp/\ne9N3CWlfu7zTK3rsl0wtwmnb4gmOKFPlIyWSKU6s2kpHiKP5S7PK/TyFNpA7cteY\n0aSS+ckrFSq+19le6G8Q7hKL5FSxsEWbPknfeNED6oH6zZkNsI3n+fMzTdoDb8sB\n38l28ibmVkObpxR1G/kMS6vyGURKlKaXSReRPd1L==\n-----END PRIVATE KEY-----\n",
  }),
});

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: process.env.FIREBASE_PROJECT_ID,
    // ok: gcp-service-account-key
    privateKey: process.env.FIREBASE_PRIVATE_KEY?.replace(/\\n/g, "\n"),
  }),
});

// ok: gcp-service-account-key
const docs = { privateKey: "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n" };
export { docs };
