-- $1 route: its rest is over.
DELETE FROM route_rests WHERE route = $1;
