-- A store as CallScope schema 0 left it (make-fixtures.py): the database just before
-- schema step 1, with the rows that version wrote.
PRAGMA user_version=0;
