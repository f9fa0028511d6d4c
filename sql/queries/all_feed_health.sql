SELECT * FROM feeds ORDER BY name;
