"""The database schema: the DDL of every migration (frozen once shipped), the migrations
registered with sqlite-utils, and their names readable without it."""
