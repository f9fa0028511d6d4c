-- Facts of other stories a dismissal kept out of the state ($2: how many more).
UPDATE dismissals SET silenced = silenced + $2 WHERE change_id = $1;
