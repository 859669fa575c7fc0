CREATE UNIQUE INDEX CONCURRENTLY bookings_room_id_id_idx ON bookings (room_id, id);
