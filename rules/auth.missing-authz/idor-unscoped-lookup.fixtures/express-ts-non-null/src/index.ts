import express from 'express';
import bookings from './bookings';

const app = express();
app.use(express.json());
app.use('/api/bookings', bookings);
app.listen(4000);
