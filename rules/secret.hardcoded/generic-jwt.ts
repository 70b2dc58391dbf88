// ruleid: generic-jwt
const SERVICE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtczljbTljYnMiLCJzY29wZSI6ImFkbWluIiwiaWF0IjoxNzE5MDAwMDAwfQ.d1vdYCG2eZ5oFGzcztNLxZhL6WaxQ6t8qhnXBGJFaB7";
// ok: generic-jwt
const anonKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Ijk5MWViNmIxeGl6NXZqYmE2ZWFtIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTU3NjAwMH0.Z5CvdS45EHSoTa8mIsoCuNnSSpZAza4v6NoWUdoThpk";
// ok: generic-jwt
const jwtIoSample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
// ok: generic-jwt
const header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
export { SERVICE_TOKEN, anonKey, jwtIoSample, header };
